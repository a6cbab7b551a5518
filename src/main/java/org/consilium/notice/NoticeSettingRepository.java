package org.consilium.notice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NoticeSettingRepository extends JpaRepository<NoticeSetting, Long> {

    @Query("select s.userId from NoticeSetting s where s.mail = :choice")
    List<Long> usersChoosing(@Param("choice") MailChoice choice);
}
