package org.gridatlas.messages.party;

import java.util.List;

/**
 * An organisation's coverage changed; the lists are the whole new coverage.
 */
public record PartyCoverageChangedEvent(String organisationId, List<String> compoundIds, List<String> gridCodes) {
}
