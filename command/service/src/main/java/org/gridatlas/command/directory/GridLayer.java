package org.gridatlas.command.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gridatlas.geodata.geometry.GeometryProblem;
import org.gridatlas.geodata.geometry.InvalidGeometryException;
import org.gridatlas.geodata.geometry.PartitionValidator;
import org.gridatlas.geodata.geometry.Wgs84;
import org.locationtech.jts.geom.Polygon;

/**
 * The rules that keep the grid layer trustworthy across records: the grids of
 * a community do not overlap each other, and a compound names only grids it
 * lies in. Both allow the sliver digitising leaves ({@link PartitionValidator#TOLERANCE_SQUARE_METRES}).
 * (A grid lying within its community's boundary waits for communities to have boundaries.)
 */
public final class GridLayer {

    public static final String GRID_OVERLAPS_NEIGHBOUR = "grid-overlaps-neighbour";
    public static final String COMPOUND_OUTSIDE_GRID = "compound-outside-grid";

    private GridLayer() {
    }

    /** Refuses a grid boundary that covers more than a sliver of another grid of its community. */
    public static void requireNoOverlap(Directory directory, String gridCode, Polygon boundary) {
        List<GeometryProblem> problems = new ArrayList<>();
        for (Directory.GridOverlap o : directory.gridsOverlapping(gridCode.substring(0, 12), gridCode, Wgs84.toWkt(boundary))) {
            double squareMetres = Wgs84.approximateSquareMetres(o.overlap());
            if (squareMetres > PartitionValidator.TOLERANCE_SQUARE_METRES) {
                problems.add(new GeometryProblem("boundary", String.format(Locale.ROOT,
                        "overlaps grid %s of the same community by %.0f m²; grids of a community may not overlap",
                        o.gridCode(), squareMetres), GRID_OVERLAPS_NEIGHBOUR, o.overlap()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidGeometryException(problems);
        }
    }

    /** Refuses each named grid the compound's boundary does not share more than a sliver with. */
    public static void requireGridsReached(Directory directory, Polygon compound, List<String> gridCodes) {
        if (gridCodes.isEmpty()) {
            return;
        }
        List<GeometryProblem> problems = new ArrayList<>();
        for (Directory.GridReach reach : directory.gridReach(Wgs84.toWkt(compound), gridCodes)) {
            double squareMetres = Wgs84.approximateSquareMetres(reach.overlap());
            if (squareMetres > PartitionValidator.TOLERANCE_SQUARE_METRES) {
                continue;
            }
            String reason = reach.distanceMetres() >= 0.5
                    ? String.format(Locale.ROOT, "lies %.0f m from grid %s; a compound names only grids its boundary lies in",
                            reach.distanceMetres(), reach.gridCode())
                    : String.format(Locale.ROOT, "shares only %.1f m² with grid %s, no more than the sliver of %.0f m² "
                            + "digitising leaves; a compound names only grids its boundary lies in",
                            squareMetres, reach.gridCode(), PartitionValidator.TOLERANCE_SQUARE_METRES);
            problems.add(new GeometryProblem("gridCodes[" + gridCodes.indexOf(reach.gridCode()) + "]", reason,
                    COMPOUND_OUTSIDE_GRID, compound));
        }
        if (!problems.isEmpty()) {
            throw new InvalidGeometryException(problems);
        }
    }
}
