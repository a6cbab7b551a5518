package org.consilium.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One person who inspected the home, as the act names them: name and position. */
@Embeddable
class ActInspector {

    @Column(name = "full_name", nullable = false, length = HousingAct.INSPECTOR_NAME_MAX)
    private String name;

    @Column(nullable = false, length = HousingAct.INSPECTOR_POST_MAX)
    private String post;

    protected ActInspector() {
    }

    ActInspector(String name, String post) {
        this.name = name;
        this.post = post;
    }

    String getName() {
        return name;
    }

    String getPost() {
        return post;
    }
}
