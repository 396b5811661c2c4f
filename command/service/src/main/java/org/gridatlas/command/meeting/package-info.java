/**
 * Meetings that settle residents' problems: the
 * {@link org.gridatlas.command.meeting.Meeting} aggregate checks who was
 * present (four bodies at a four-party meeting) and that the problems it
 * discussed exist and were found by then.
 */
package org.gridatlas.command.meeting;
