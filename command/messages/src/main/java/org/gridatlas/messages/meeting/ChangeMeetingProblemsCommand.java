package org.gridatlas.messages.meeting;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects the problems a meeting discussed; the list replaces the previous one. A reason is required. */
public record ChangeMeetingProblemsCommand(
        @TargetAggregateIdentifier String meetingId,
        List<String> problemIds,
        @TargetAggregateVersion Long expectedVersion) {
}
