package org.consilium.request;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Recurring reports are sent by a scheduled job ({@link RecurringReports}). */
@Configuration
@EnableScheduling
class RequestModuleConfig {
}
