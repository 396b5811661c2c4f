/**
 * OGC API – Features (Parts 1, 2 and the queryables of Part 3) over the read
 * model under {@code /ogc}: the layers GIS tools open without glue, in four
 * CRSs and as they were at any instant ({@code datetime}).
 */
package org.gridatlas.query.ogc;
