package org.gridatlas.geodata.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Polygon;

class BoundaryValidatorTest {

    private static Polygon read(String wkt) {
        return Wgs84.polygonFromWkt(wkt, "boundary");
    }

    @Test
    void acceptsAValidPolygonAndRoundTripsItsWkt() {
        Polygon polygon = read("POLYGON ((112.5 37.7, 112.51 37.7, 112.51 37.71, 112.5 37.7))");

        assertThat(BoundaryValidator.problems(polygon, "boundary")).isEmpty();
        assertThat(read(Wgs84.toWkt(polygon)).equalsExact(polygon)).isTrue();
    }

    @Test
    void rejectsOutOfRangeCoordinatesFromWkt() {
        assertThat(BoundaryValidator.problems(read("POLYGON ((0 0, 0 100, 1 1, 0 0))"), "boundary"))
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("(0.0 100.0)"));
    }

    @Test
    void rejectsSelfIntersection() {
        assertThatThrownBy(() -> BoundaryValidator.requireValid(
                read("POLYGON ((112 37, 112.5 37.5, 112.5 37, 112 37.5, 112 37))"), "boundary"))
                .hasMessageContaining("boundary: is self-intersecting");
    }

    @Test
    void rejectsWktThatIsNotAPolygon() {
        assertThatThrownBy(() -> read("LINESTRING (0 0, 1 1)"))
                .hasMessage("boundary: must be a Polygon, was LineString");
    }

    @Test
    void rejectsGarbledWkt() {
        assertThatThrownBy(() -> read("POLYGON ((0 0, 1"))
                .isInstanceOf(InvalidGeometryException.class)
                .hasMessageStartingWith("boundary: is not valid WKT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Gulf of Guinea      | POLYGON ((0.5 2, 0.6 2, 0.6 2.1, 0.5 2, 0.5 2))                      | (0.5 2.0)
            New York            | POLYGON ((-74.01 40.7, -74 40.7, -74 40.71, -74.01 40.7))            | (-74.01 40.7)
            Antarctica          | POLYGON ((166.6 -77.8, 166.7 -77.8, 166.7 -77.7, 166.6 -77.8))       | (166.6 -77.8)
            a dropped digit     | POLYGON ((11.25 37.7, 11.26 37.7, 11.26 37.71, 11.25 37.7))          | (11.25 37.7)
            one vertex abroad   | POLYGON ((112.5 37.7, 112.51 37.7, 140.5 37.71, 112.5 37.7))         | (140.5 37.71)
            """)
    void rejectsABoundaryWithAVertexOutsideChinaNamingIt(String label, String wkt, String position) {
        assertThat(BoundaryValidator.problems(read(wkt), "boundary"))
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("position " + position + " lies outside China"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            小店区, Shanxi             | POLYGON ((112.5 37.7, 112.51 37.7, 112.51 37.71, 112.5 37.7))
            漠河, the far north        | POLYGON ((122.3 53.3, 122.4 53.3, 122.4 53.4, 122.3 53.3))
            三亚, Hainan               | POLYGON ((109.5 18.2, 109.6 18.2, 109.6 18.3, 109.5 18.2))
            曾母暗沙, the far south    | POLYGON ((112.2 3.9, 112.3 3.9, 112.3 4.0, 112.2 3.9))
            喀什, the far west         | POLYGON ((75.9 39.4, 76.0 39.4, 76.0 39.5, 75.9 39.4))
            抚远, the far east         | POLYGON ((134.2 48.3, 134.3 48.3, 134.3 48.4, 134.2 48.3))
            """)
    void acceptsBoundariesAcrossChina(String label, String wkt) {
        assertThat(BoundaryValidator.problems(read(wkt), "boundary")).isEmpty();
    }

    @Test
    void rejectsMorePositionsThanAPolygonMayHave() {
        assertThat(BoundaryValidator.problems(read(circle(10_001)), "boundary"))
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("has 10001 positions, more than the 10000 a polygon may have"));
        assertThat(BoundaryValidator.problems(read(circle(10_000)), "boundary")).isEmpty();
    }

    /** A WKT polygon of {@code positions} positions (the last repeating the first) on a small circle in 小店区. */
    private static String circle(int positions) {
        StringBuilder wkt = new StringBuilder("POLYGON ((");
        for (int i = 0; i < positions - 1; i++) {
            double angle = 2 * Math.PI * i / (positions - 1);
            wkt.append(String.format(java.util.Locale.ROOT, "%.7f %.7f, ",
                    112.5 + 0.01 * Math.cos(angle), 37.7 + 0.01 * Math.sin(angle)));
        }
        return wkt.append("112.51 37.7))").toString();
    }
}
