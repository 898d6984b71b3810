package com.careergpt.common.aot;

import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;

/** Says once, in the service's log, whether it started from its processed context and why. */
public class AheadOfTimeStartLog implements ApplicationListener<ApplicationPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        String decision = AheadOfTimeStart.decision();
        if (decision != null) {
            LoggerFactory.getLogger(AheadOfTimeStart.class).info("{} context: {}",
                    Boolean.getBoolean("spring.aot.enabled") ? "Ahead-of-time processed" : "Usual", decision);
        }
    }
}
