/** Problems found on patrol or raised by residents, as a map layer and for figures by period. */
package org.gridatlas.query.problem;
