package org.gridatlas.messages.body;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Sets the compounds a body serves; the list replaces the previous one. */
public record ChangeServedCompoundsCommand(
        @TargetAggregateIdentifier String bodyId,
        List<String> compoundIds,
        @TargetAggregateVersion Long expectedVersion) {
}
