package org.consilium.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The application's {@code messageSource}: the bundles named by {@code spring.messages.*}, as Spring Boot would
 * set them up, but formatted by ICU (decision 0038). Spring Boot's own message source steps aside for a bean
 * of this name.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessageSourceProperties.class)
class MessagesConfig {

    @Bean
    MessageSource messageSource(MessageSourceProperties properties) {
        IcuMessageSource source = new IcuMessageSource();
        if (!properties.getBasename().isEmpty()) {
            source.setBasenames(properties.getBasename().toArray(String[]::new));
        }
        if (properties.getEncoding() != null) {
            source.setDefaultEncoding(properties.getEncoding().name());
        }
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        if (properties.getCacheDuration() != null) {
            source.setCacheMillis(properties.getCacheDuration().toMillis());
        }
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        if (properties.getCommonMessages() != null && !properties.getCommonMessages().isEmpty()) {
            Properties common = new Properties();
            for (Resource resource : properties.getCommonMessages()) {
                try {
                    PropertiesLoaderUtils.fillProperties(common, resource);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the common messages " + resource, e);
                }
            }
            source.setCommonMessages(common);
        }
        return source;
    }
}
