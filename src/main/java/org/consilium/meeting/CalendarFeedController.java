package org.consilium.meeting;

import org.consilium.mail.IcsFiles;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves calendar subscriptions to calendar programs, which cannot sign in: the secret in the address
 * is the key (CalendarFeedService). An address unknown, revoked or replaced is simply not found. The
 * path is open in the security configuration; the usual security headers are still written.
 */
@RestController
class CalendarFeedController {

    private static final MediaType FEED = MediaType.parseMediaType(IcsFiles.FEED_TYPE);

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping(CalendarFeedService.PATH + "{secret}" + CalendarFeedService.SUFFIX)
    ResponseEntity<byte[]> feed(@PathVariable String secret) {
        return feeds.feed(secret)
                .map(calendar -> ResponseEntity.ok().contentType(FEED).cacheControl(CacheControl.noStore())
                        .header("Content-Disposition", "inline; filename=\"consilium.ics\"")
                        .header("X-Robots-Tag", "noindex").body(calendar))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
