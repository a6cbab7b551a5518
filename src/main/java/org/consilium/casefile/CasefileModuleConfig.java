package org.consilium.casefile;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(SharingProperties.class)
class CasefileModuleConfig {
}
