package org.gridatlas;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.OptionalLong;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Waits until every projection has read every event stored so far. */
public final class ReadModel {

    private ReadModel() {
    }

    public static void awaitUpToDate(EventProcessingConfiguration processing, EventStore events) {
        TrackingToken head = events.createHeadToken();
        long target = head == null ? -1 : head.position().orElse(-1);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() ->
                processing.eventProcessors().values().stream()
                        .filter(TrackingEventProcessor.class::isInstance)
                        .map(TrackingEventProcessor.class::cast)
                        .allMatch(p -> p.processingStatus().values().stream().allMatch(status -> {
                            TrackingToken token = status.getTrackingToken();
                            OptionalLong position = token == null ? OptionalLong.empty() : token.position();
                            return position.isPresent() && position.getAsLong() >= target;
                        })));
    }
}
