-- Families get an address, notes, members and categories; keys for spelling-tolerant search.

ALTER TABLE family ADD COLUMN address VARCHAR(300);
ALTER TABLE family ADD COLUMN address_key VARCHAR(300);
ALTER TABLE family ADD COLUMN notes VARCHAR(2000);

CREATE TABLE family_member (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    family_id         BIGINT       NOT NULL,
    position          INT          NOT NULL,
    last_name         VARCHAR(80)  NOT NULL,
    first_name        VARCHAR(80)  NOT NULL,
    middle_name       VARCHAR(80),
    birth_date        DATE,
    sex               VARCHAR(10)  NOT NULL,
    relation          VARCHAR(20)  NOT NULL,
    school_agency_id  BIGINT,
    school_class      VARCHAR(20),
    phone             VARCHAR(40),
    email             VARCHAR(120),
    last_name_key     VARCHAR(120) NOT NULL,
    full_name_key     VARCHAR(250) NOT NULL,
    CONSTRAINT fk_family_member_family FOREIGN KEY (family_id) REFERENCES family (id),
    CONSTRAINT fk_family_member_school FOREIGN KEY (school_agency_id) REFERENCES agency (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_family_member_full_name_key ON family_member (full_name_key);
CREATE INDEX ix_family_member_last_name_key ON family_member (last_name_key);
CREATE INDEX ix_family_address_key ON family (address_key);

-- Family categories are a reference list maintained by administrators (seed 004).
CREATE TABLE family_category (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    code        VARCHAR(40)  NOT NULL,
    name_uk     VARCHAR(200) NOT NULL,
    name_ru     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at  TIMESTAMP(6) NULL,
    updated_by  VARCHAR(50),
    CONSTRAINT uk_family_category_code UNIQUE (code)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE family_category_link (
    family_id    BIGINT NOT NULL,
    category_id  BIGINT NOT NULL,
    PRIMARY KEY (family_id, category_id),
    CONSTRAINT fk_family_category_link_family FOREIGN KEY (family_id) REFERENCES family (id),
    CONSTRAINT fk_family_category_link_category FOREIGN KEY (category_id) REFERENCES family_category (id)
) DEFAULT CHARSET = utf8mb4;

INSERT INTO family_category (code, name_uk, name_ru, name_en) VALUES
('SINGLE_PARENT', 'Одинокий батько / одинока мати', 'Одинокий родитель', 'Single parent'),
('SPECIAL_NEEDS', 'Особа або дитина з особливими потребами', 'Человек или ребёнок с особыми потребностями', 'Person or child with special needs'),
('LONG_TERM_ILLNESS', 'Тривала хвороба', 'Длительная болезнь', 'Long-term illness'),
('VIOLENCE_VICTIMS', 'Постраждалі від насильства або торгівлі людьми', 'Пострадавшие от насилия или торговли людьми', 'Victims of violence or trafficking'),
('CHILDREN_REMOVED', 'Діти відібрані без позбавлення батьківських прав', 'Дети отобраны без лишения родительских прав', 'Children removed without deprivation of parental rights'),
('DIVORCING', 'Батьки, які розлучаються', 'Разводящиеся родители', 'Divorcing parents'),
('LABOUR_MIGRANTS', 'Батьки — трудові мігранти', 'Родители — трудовые мигранты', 'Labour-migrant parents'),
('RESIDENTIAL_CARE', 'Діти в інтернатних закладах або на влаштуванні до них', 'Дети в интернатных учреждениях или при устройстве в них', 'Children in or entering residential institutions'),
('NEWBORN_REFUSAL', 'Матері, які мають намір відмовитися від новонародженої дитини', 'Матери, намеревающиеся отказаться от новорождённого', 'Mothers intending to give up a newborn'),
('LOW_INCOME', 'Малозабезпечена сім’я', 'Малообеспеченная семья', 'Low-income family'),
('VETERANS', 'Сім’ї учасників АТО/ООС', 'Семьи участников АТО/ООС', 'Families of ATO/JFO veterans'),
('IDP', 'Внутрішньо переміщені особи (ВПО)', 'Внутренне перемещённые лица (ВПЛ)', 'Internally displaced persons'),
('STUDENT_YOUTH', 'Студентська молодь', 'Студенческая молодёжь', 'Student youth'),
('EVADING_DUTIES', 'Батьки, які ухиляються від батьківських обов’язків', 'Родители, уклоняющиеся от родительских обязанностей', 'Parents evading parental duties'),
('HIV_AFFECTED', 'Сім’ї, уражені ВІЛ/СНІДом', 'Семьи, затронутые ВИЧ/СПИДом', 'Affected by HIV/AIDS'),
('ADDICTION', 'Залежність', 'Зависимость', 'Addiction'),
('NEWBORNS', 'Сім’ї з новонародженими', 'Семьи с новорождёнными', 'Families with newborns'),
('LARGE_FAMILY', 'Багатодітна сім’я', 'Многодетная семья', 'Large family'),
('MINOR_PARENTS', 'Неповнолітні батьки', 'Несовершеннолетние родители', 'Minor parents'),
('PARENT_MISSING', 'Місце перебування батька чи матері невідоме', 'Местонахождение родителя неизвестно', 'Whereabouts of a parent unknown'),
('PREGNANT', 'Вагітні жінки', 'Беременные женщины', 'Pregnant women'),
('REMOVAL_RISK', 'Ризик вилучення дитини', 'Риск изъятия ребёнка', 'Risk of child removal'),
('CARE_EXPERIENCE', 'Члени сім’ї з досвідом перебування в інтернатних закладах', 'Члены семьи с опытом пребывания в интернатных учреждениях', 'Members with residential-care experience');
