package org.gridatlas.geodata.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
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
                read("POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))"), "boundary"))
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
}
