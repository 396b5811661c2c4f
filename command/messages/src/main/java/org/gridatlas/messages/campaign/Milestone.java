package org.gridatlas.messages.campaign;

import java.time.LocalDate;

/**
 * By this date, at most this many compounds of the campaign's area may still
 * be unmanaged.
 */
public record Milestone(LocalDate due, int maxUnmanaged, String label) {
}
