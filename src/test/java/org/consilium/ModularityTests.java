package org.consilium;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ConsiliumApplication.class);

    @Test
    void modules_use_each_other_only_through_their_published_api_and_have_no_cycles() {
        modules.verify();
    }
}
