package org.consilium.attachment;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(AttachmentProperties.class)
class AttachmentModuleConfig {

    /**
     * The servlet's own limits on an uploaded file, which replace Spring Boot's (1 MB a file, 10 MB a
     * request). They follow the attachment limit with room to spare, so that a file a little over it
     * still reaches the attachment check and is refused with the portal's words, while a much larger
     * one is cut off before it fills the disk. Files of the upload are written to disk as they arrive
     * (threshold 0), never held in memory.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(AttachmentProperties properties) {
        long fileLimit = 2 * properties.maxSize().toBytes() + ROOM;
        return new MultipartConfigElement(null, fileLimit, fileLimit + ROOM, 0);
    }

    private static final long ROOM = 1024 * 1024;
}
