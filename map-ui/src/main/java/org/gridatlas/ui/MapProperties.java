package org.gridatlas.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tileUrl         Leaflet tile URL template of a base map the office may use; empty for none
 * @param tileAttribution the base map's attribution line
 * @param center          longitude, latitude the map opens at while there is no data
 * @param zoom            zoom level for that opening view
 */
@ConfigurationProperties("gridatlas.map")
record MapProperties(
        @DefaultValue("") String tileUrl,
        @DefaultValue("") String tileAttribution,
        @DefaultValue({"112.56", "37.76"}) double[] center,
        @DefaultValue("12") int zoom) {
}
