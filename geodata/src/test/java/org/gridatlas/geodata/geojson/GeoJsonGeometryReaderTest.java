package org.gridatlas.geodata.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.gridatlas.geodata.geometry.GeometryProblem;
import org.gridatlas.geodata.geometry.InvalidGeometryException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class GeoJsonGeometryReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private static GeometryProblem onlyProblem(String geometry) {
        InvalidGeometryException e = catchThrowableOfType(InvalidGeometryException.class,
                () -> GeoJsonGeometryReader.readPolygon(json(geometry), "boundary"));
        assertThat(e).as("expected the boundary to be rejected").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void readsAValidPolygonWithSridAndSevenDecimals() {
        Polygon polygon = GeoJsonGeometryReader.readPolygon(json("""
                {"type":"Polygon","coordinates":[[[112.5,37.7],[112.5012345678,37.7],[112.501,37.701],[112.5,37.7]]]}
                """), "boundary");

        assertThat(polygon.getSRID()).isEqualTo(4326);
        assertThat(polygon.getCoordinates()[1].x).isEqualTo(112.5012346);
        assertThat(polygon.getArea()).isPositive();
    }

    @Test
    void readsHoles() {
        Polygon polygon = GeoJsonGeometryReader.readPolygon(json("""
                {"type":"Polygon","coordinates":[
                  [[112,37],[112.1,37],[112.1,37.1],[112,37.1],[112,37]],
                  [[112.02,37.02],[112.02,37.04],[112.04,37.04],[112.04,37.02],[112.02,37.02]]]}
                """), "boundary");

        assertThat(polygon.getNumInteriorRing()).isEqualTo(1);
    }

    @Test
    void rejectsAMissingGeometry() {
        InvalidGeometryException e = catchThrowableOfType(InvalidGeometryException.class,
                () -> GeoJsonGeometryReader.readPolygon(null, "boundary"));
        assertThat(e.problems()).containsExactly(new GeometryProblem("boundary", "is required"));
    }

    @Test
    void rejectsAnotherGeometryType() {
        GeometryProblem problem = onlyProblem("""
                {"type":"LineString","coordinates":[[0,0],[1,1]]}""");
        assertThat(problem.field()).isEqualTo("boundary.type");
        assertThat(problem.reason()).contains("\"Polygon\"").contains("LineString");
    }

    @Test
    void rejectsAnUnclosedRing() {
        GeometryProblem problem = onlyProblem("""
                {"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}""");
        assertThat(problem).isEqualTo(new GeometryProblem("boundary.coordinates[0]",
                "is not closed: the last position must equal the first"));
    }

    @Test
    void rejectsARingWithFewerThanFourPositions() {
        GeometryProblem problem = onlyProblem("""
                {"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}""");
        assertThat(problem.field()).isEqualTo("boundary.coordinates[0]");
        assertThat(problem.reason()).contains("at least four positions");
    }

    @Test
    void rejectsASelfIntersectingBowtie() {
        GeometryProblem problem = onlyProblem("""
                {"type":"Polygon","coordinates":[[[112,37],[112.5,37.5],[112.5,37],[112,37.5],[112,37]]]}""");
        assertThat(problem.field()).isEqualTo("boundary");
        assertThat(problem.reason()).startsWith("is self-intersecting at (112.25 37.25)");
    }

    @Test
    void rejectsALongitudeOutOfRangeNamingThePosition() {
        GeometryProblem problem = onlyProblem("""
                {"type":"Polygon","coordinates":[[[0,0],[181,0],[1,1],[0,0]]]}""");
        assertThat(problem.field()).isEqualTo("boundary.coordinates[0][1][0]");
        assertThat(problem.reason()).contains("longitude must be between -180 and 180");
    }

    @Test
    void rejectsALatitudeOutOfRange() {
        GeometryProblem problem = onlyProblem("""
                {"type":"Polygon","coordinates":[[[0,0],[1,0],[1,-91],[0,0]]]}""");
        assertThat(problem.field()).isEqualTo("boundary.coordinates[0][2][1]");
        assertThat(problem.reason()).contains("latitude");
    }

    @Test
    void rejectsNaNWrittenAsAString() {
        GeometryProblem problem = onlyProblem("""
                {"type":"Polygon","coordinates":[[[0,0],["NaN",0],[1,1],[0,0]]]}""");
        assertThat(problem).isEqualTo(new GeometryProblem("boundary.coordinates[0][1][0]", "longitude must be a number"));
    }

    @Test
    void rejectsNaNAsANumber() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode geometry = nodes.objectNode().put("type", "Polygon");
        geometry.putArray("coordinates").addArray()
                .add(nodes.arrayNode().add(0).add(0))
                .add(nodes.arrayNode().add(1).add(Double.NaN))
                .add(nodes.arrayNode().add(1).add(1))
                .add(nodes.arrayNode().add(0).add(0));

        InvalidGeometryException e = catchThrowableOfType(InvalidGeometryException.class,
                () -> GeoJsonGeometryReader.readPolygon(geometry, "boundary"));

        assertThat(e.problems()).containsExactly(
                new GeometryProblem("boundary.coordinates[0][1][1]", "latitude must be a finite number"));
    }

    @Test
    void rejectsAHoleOutsideTheShell() {
        GeometryProblem problem = onlyProblem("""
                {"type":"Polygon","coordinates":[
                  [[112,37],[112.1,37],[112.1,37.1],[112,37.1],[112,37]],
                  [[112.5,37.5],[112.5,37.6],[112.6,37.6],[112.6,37.5],[112.5,37.5]]]}""");
        assertThat(problem.reason()).startsWith("has a hole outside its outer ring");
    }

    @Test
    void rejectsAPolygonWithoutArea() {
        GeometryProblem problem = onlyProblem("""
                {"type":"Polygon","coordinates":[[[112,37],[112.1,37],[112.2,37],[112,37]]]}""");
        assertThat(problem.field()).isEqualTo("boundary");
    }

    @Test
    void reportsEveryBadPositionAtOnce() {
        InvalidGeometryException e = catchThrowableOfType(InvalidGeometryException.class,
                () -> GeoJsonGeometryReader.readPolygon(json("""
                        {"type":"Polygon","coordinates":[[[0,0],[200,0],[1,95],[0,0]]]}"""), "boundary"));

        assertThat(e.problems()).extracting(GeometryProblem::field)
                .containsExactly("boundary.coordinates[0][1][0]", "boundary.coordinates[0][2][1]");
    }

    @Test
    void rejectsCoordinatesThatAreNotAnArray() {
        GeometryProblem problem = onlyProblem("""
                {"type":"Polygon","coordinates":"0 0, 1 1"}""");
        assertThat(problem.field()).isEqualTo("boundary.coordinates");
    }

    @Test
    void rejectsAPolygonOutsideChinaNamingThePosition() {
        GeometryProblem problem = onlyProblem("""
                {"type":"Polygon","coordinates":[[[-74.01,40.70],[-74.00,40.70],[-74.00,40.71],[-74.01,40.70]]]}""");
        assertThat(problem.field()).isEqualTo("boundary");
        assertThat(problem.reason()).startsWith("position (-74.01 40.7) lies outside China");
    }

    @Test
    void rejectsMorePositionsThanAPolygonMayHaveBeforeBuildingIt() {
        GeometryProblem problem = onlyProblem("""
                {"type":"Polygon","coordinates":[%s,%s]}""".formatted(ring(112, 37, 6_000), ring(112.5, 37.5, 5_000)));
        assertThat(problem).isEqualTo(new GeometryProblem("boundary.coordinates",
                "has 11000 positions, more than the 10000 a polygon may have"));
    }

    @Test
    void readsAPolygonWithAsManyPositionsAsAllowed() {
        Polygon polygon = GeoJsonGeometryReader.readPolygon(json("""
                {"type":"Polygon","coordinates":[%s]}""".formatted(ring(112, 37, 10_000))), "boundary");
        assertThat(polygon.getNumPoints()).isEqualTo(10_000);
    }

    /** A closed ring of {@code positions} positions on a small circle around (lon, lat). */
    private static String ring(double lon, double lat, int positions) {
        StringBuilder ring = new StringBuilder("[");
        for (int i = 0; i < positions - 1; i++) {
            double angle = 2 * Math.PI * i / (positions - 1);
            ring.append(String.format(java.util.Locale.ROOT, "[%.7f,%.7f],",
                    lon + 0.1 * Math.cos(angle), lat + 0.1 * Math.sin(angle)));
        }
        return ring.append(String.format(java.util.Locale.ROOT, "[%.7f,%.7f]]", lon + 0.1, lat)).toString();
    }

    // ---- points: where a problem was found, where a meeting was held

    private static java.util.List<GeometryProblem> pointProblems(String geometry) {
        InvalidGeometryException e = catchThrowableOfType(InvalidGeometryException.class,
                () -> GeoJsonGeometryReader.readPoint(json(geometry), "location"));
        assertThat(e).as("expected the location to be rejected").isNotNull();
        return e.problems();
    }

    @Test
    void readsAPointWithSridAndSevenDecimals() {
        org.locationtech.jts.geom.Point point = GeoJsonGeometryReader.readPoint(json("""
                {"type":"Point","coordinates":[98.5012345678,39.74]}"""), "location");

        assertThat(point.getSRID()).isEqualTo(4326);
        assertThat(point.getX()).isEqualTo(98.5012346);
        assertThat(org.gridatlas.geodata.geometry.Wgs84.toWkt(point)).isEqualTo("POINT (98.5012346 39.74)");
    }

    @Test
    void rejectsAMissingPoint() {
        InvalidGeometryException e = catchThrowableOfType(InvalidGeometryException.class,
                () -> GeoJsonGeometryReader.readPoint(null, "location"));
        assertThat(e.problems()).containsExactly(new GeometryProblem("location", "is required"));
    }

    @Test
    void rejectsAPolygonWhereAPointIsExpected() {
        assertThat(pointProblems("""
                {"type":"Polygon","coordinates":[[[112,37],[112.1,37],[112.1,37.1],[112,37]]]}"""))
                .containsExactly(new GeometryProblem("location.type", "must be \"Point\", was \"Polygon\""));
    }

    @Test
    void rejectsAPointWithoutCoordinatesOrWithTextForThem() {
        assertThat(pointProblems("{\"type\":\"Point\"}")).extracting(GeometryProblem::field)
                .containsExactly("location.coordinates");
        assertThat(pointProblems("{\"type\":\"Point\",\"coordinates\":[\"98.5\",39.7]}"))
                .containsExactly(new GeometryProblem("location.coordinates[0]", "longitude must be a number"));
        assertThat(pointProblems("{\"type\":\"Point\",\"coordinates\":[98.5]}"))
                .containsExactly(new GeometryProblem("location.coordinates", "must be a position [longitude, latitude]"));
    }

    @Test
    void rejectsAPointOutsideChinaAndSwappedAxes() {
        assertThat(pointProblems("{\"type\":\"Point\",\"coordinates\":[-74.01,40.7]}")).singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("position (-74.01 40.7) lies outside China"));
        assertThat(pointProblems("{\"type\":\"Point\",\"coordinates\":[39.74,98.5]}")).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("latitude must be between -90 and 90"));
    }

    // ---- line strings: a line to cut a micro-grid along, a shared edge's new course

    private static java.util.List<GeometryProblem> lineProblems(String geometry) {
        InvalidGeometryException e = catchThrowableOfType(InvalidGeometryException.class,
                () -> GeoJsonGeometryReader.readLineString(json(geometry), "line"));
        assertThat(e).as("expected the line to be rejected").isNotNull();
        return e.problems();
    }

    @Test
    void readsALineStringWithSridAndSevenDecimalsDroppingRepeatedPositions() {
        org.locationtech.jts.geom.LineString line = GeoJsonGeometryReader.readLineString(json("""
                {"type":"LineString","coordinates":[[112.5000000004,37.7],[112.5,37.7],[112.503,37.704]]}"""), "line");

        assertThat(line.getSRID()).isEqualTo(4326);
        assertThat(org.gridatlas.geodata.geometry.Wgs84.toWkt(line)).isEqualTo("LINESTRING (112.5 37.7, 112.503 37.704)");
    }

    @Test
    void rejectsALineWithFewerThanTwoDistinctPositions() {
        assertThat(lineProblems("{\"type\":\"LineString\",\"coordinates\":[[112.5,37.7],[112.5,37.7]]}"))
                .containsExactly(new GeometryProblem("line.coordinates", "must hold at least two distinct positions"));
        assertThat(lineProblems("{\"type\":\"LineString\",\"coordinates\":[]}")).extracting(GeometryProblem::field)
                .containsExactly("line.coordinates");
    }

    @Test
    void rejectsAPolygonWhereALineIsExpected() {
        assertThat(lineProblems("""
                {"type":"Polygon","coordinates":[[[112,37],[112.1,37],[112.1,37.1],[112,37]]]}"""))
                .containsExactly(new GeometryProblem("line.type", "must be \"LineString\", was \"Polygon\""));
        assertThat(lineProblems("{\"type\":\"LineString\"}")).extracting(GeometryProblem::field)
                .containsExactly("line.coordinates");
    }

    @Test
    void namesEveryPositionOutsideChinaOrOutOfRange() {
        assertThat(lineProblems("{\"type\":\"LineString\",\"coordinates\":[[112.5,37.7],[-74.01,40.7],[112.5,97]]}"))
                .extracting(GeometryProblem::field)
                .containsExactly("line.coordinates[1]", "line.coordinates[2][1]");
    }
}
