/**
 * Geometry for GridAtlas without any framework: parsing, validation and
 * serialisation of boundaries. Every geometry here is in EPSG:4326 with
 * longitude first, as GeoJSON (RFC 7946) and WKT in PostGIS expect.
 */
package org.gridatlas.geodata;
