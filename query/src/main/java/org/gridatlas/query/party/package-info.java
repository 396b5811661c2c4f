/** Party organisations and what they cover, for lists and coverage figures. */
package org.gridatlas.query.party;
