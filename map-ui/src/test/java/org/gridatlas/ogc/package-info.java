/** OGC API – Features read by our own client, by GDAL and by OWSLib. */
package org.gridatlas.ogc;
