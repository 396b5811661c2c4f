/**
 * Meetings where the bodies of a community settle residents' problems: the
 * four-party meeting (四方联席会) of party organisation, residents' or owners'
 * committee, property company and others, and the neighbourhood council
 * (议事会): when and where, who was present, which problems were discussed.
 */
package org.gridatlas.messages.meeting;
