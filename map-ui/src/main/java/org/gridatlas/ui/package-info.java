/**
 * The map page's server side: the settings it starts from. The page itself is
 * static (resources/static) and talks only to the public query API.
 */
package org.gridatlas.ui;
