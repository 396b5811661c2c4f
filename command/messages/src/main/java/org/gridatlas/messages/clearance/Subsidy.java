package org.gridatlas.messages.clearance;

import java.math.BigDecimal;

/**
 * A transition subsidy: yuan per square metre of floor area per month, for a
 * number of months.
 */
public record Subsidy(BigDecimal yuanPerSquareMetreMonth, int months) {
}
