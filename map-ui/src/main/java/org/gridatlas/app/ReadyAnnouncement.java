package org.gridatlas.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Prints where the map is once the service takes traffic: after start-up work
 * such as entering the demo district, not merely when the port opens.
 */
@Component
class ReadyAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(ReadyAnnouncement.class);

    private final Environment environment;

    ReadyAnnouncement(Environment environment) {
        this.environment = environment;
    }

    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
            log.info("GridAtlas is ready: {}/  (API documentation: {}/swagger-ui.html)", base, base);
        }
    }
}
