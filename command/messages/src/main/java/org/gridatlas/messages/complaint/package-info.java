/**
 * Complaints about property service (物业投诉) as offices receive them from the
 * citizens' hotline 12345: a count per area (community, sub-district or
 * district) and reporting period (month, quarter or year), correctable, each
 * correction an event of its own.
 */
package org.gridatlas.messages.complaint;
