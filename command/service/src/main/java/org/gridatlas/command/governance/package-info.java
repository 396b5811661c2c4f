/**
 * Self-governance endpoints: owners' committees, property management
 * committees and building and unit leaders. The rules live in the
 * {@code Compound} aggregate.
 */
package org.gridatlas.command.governance;
