package org.dudao.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Binds {@code dudao.notification.*} and runs the dispatcher and the digest on Spring's scheduler (enabled in DudaoApplication). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    /** The dispatcher's rounds; off with {@code dudao.notification.dispatch-enabled=false} (the tests drive it). */
    @Component
    @ConditionalOnProperty(name = "dudao.notification.dispatch-enabled", havingValue = "true", matchIfMissing = true)
    static class DispatchSchedule {

        private static final Logger log = LoggerFactory.getLogger(DispatchSchedule.class);

        private final NoticeDispatcher dispatcher;

        DispatchSchedule(NoticeDispatcher dispatcher) {
            this.dispatcher = dispatcher;
        }

        @Scheduled(initialDelayString = "${dudao.notification.dispatch-interval:PT5S}",
                fixedDelayString = "${dudao.notification.dispatch-interval:PT5S}")
        void dispatch() {
            try {
                int handled = dispatcher.dispatchOnce();
                if (handled > 0) {
                    log.debug("Dispatcher handled {} deliveries", handled);
                }
            } catch (RuntimeException e) {
                // e.g. the database is briefly away: the next round tries again
                log.warn("Notice dispatch round failed: {}", e.toString());
            }
        }
    }
}
