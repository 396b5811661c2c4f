/**
 * GeoJSON (RFC 7946) in and out. The reader reports every problem with the
 * path of the offending member, so an API can name the field and the reason.
 */
package org.gridatlas.geodata.geojson;
