/**
 * 一区一策: the endpoint that chooses a clearance strategy for an unmanaged
 * compound. The rules live in the {@code Compound} aggregate.
 */
package org.gridatlas.command.clearance;
