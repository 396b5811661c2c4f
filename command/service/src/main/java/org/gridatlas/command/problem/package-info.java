/**
 * Problems found on patrol or raised by residents: the
 * {@link org.gridatlas.command.problem.Problem} aggregate places each in its
 * compound, grid and community, and keeps its resolutions and reopenings in
 * order.
 */
package org.gridatlas.command.problem;
