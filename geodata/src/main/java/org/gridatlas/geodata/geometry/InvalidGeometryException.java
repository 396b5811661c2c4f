package org.gridatlas.geodata.geometry;

import java.util.List;

/** Thrown when a geometry input breaks one or more rules; carries all of them. */
public class InvalidGeometryException extends IllegalArgumentException {

    private final transient List<GeometryProblem> problems;

    public InvalidGeometryException(List<GeometryProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid geometry needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidGeometryException(String field, String reason) {
        this(List.of(new GeometryProblem(field, reason)));
    }

    public List<GeometryProblem> problems() {
        return problems;
    }

    private static String describe(List<GeometryProblem> problems) {
        return problems.stream()
                .map(p -> p.field() + ": " + p.reason())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid geometry");
    }
}
