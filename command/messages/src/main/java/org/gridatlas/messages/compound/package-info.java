/** Residential compounds (小区): registration, boundaries and management. */
package org.gridatlas.messages.compound;
