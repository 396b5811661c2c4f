package org.gridatlas.messages.body;

import java.time.LocalDate;

/** A property company's evaluation for a quarter was published (or corrected). */
public record PropertyCompanyEvaluatedEvent(String bodyId, String quarter, int stars, Listing listing,
                                            LocalDate publishedOn) {
}
