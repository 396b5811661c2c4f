package org.gridatlas.messages.body;

import java.util.List;

/** The compounds a body serves changed; the list is the whole new service. */
public record ServedCompoundsChangedEvent(String bodyId, List<String> compoundIds) {
}
