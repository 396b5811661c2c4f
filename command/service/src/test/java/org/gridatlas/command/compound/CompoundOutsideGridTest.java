package org.gridatlas.command.compound;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gridatlas.command.directory.GridLayer;
import org.gridatlas.command.directory.InMemoryDirectory;
import org.gridatlas.geodata.geometry.GeometryProblem;
import org.gridatlas.geodata.geometry.InvalidGeometryException;
import org.gridatlas.geodata.geometry.Wgs84;
import org.gridatlas.messages.compound.AssignCompoundToGridsCommand;
import org.gridatlas.messages.compound.CompoundAssignedToGridsEvent;
import org.gridatlas.messages.compound.CompoundAttributes;
import org.gridatlas.messages.compound.CompoundCategory;
import org.gridatlas.messages.compound.CompoundRegisteredEvent;
import org.gridatlas.messages.compound.Management;
import org.gridatlas.messages.compound.RegisterCompoundCommand;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A compound names only grids its boundary shares more than a sliver with, at registration and on assignment. */
class CompoundOutsideGridTest {

    private static final String ID = "c-1";
    private static final String DISTRICT = "140105";
    private static final String COMMUNITY = "140105001001";
    private static final String HOME = "140105001001001";
    private static final String FAR = "140105001001002";
    private static final String EDGE = "140105001001003";
    private static final String NEXT_DOOR = "140105001001004";
    /** About 176 m by 222 m. */
    private static final String SQUARE = "POLYGON ((112.55 37.75, 112.552 37.75, 112.552 37.752, 112.55 37.752, 112.55 37.75))";
    /** Holds the compound. */
    private static final String HOME_GRID = "POLYGON ((112.549 37.749, 112.5515 37.749, 112.5515 37.753, 112.549 37.753, 112.549 37.749))";
    /** About 100 km east. */
    private static final String FAR_GRID = "POLYGON ((113.69 37.75, 113.7 37.75, 113.7 37.76, 113.69 37.76, 113.69 37.75))";
    /** Reaches one unit of the seventh decimal into the compound's east side: about 2 m². */
    private static final String EDGE_GRID = "POLYGON ((112.5519999 37.749, 112.56 37.749, 112.56 37.753, 112.5519999 37.753, 112.5519999 37.749))";
    /** Covers the compound's eastern part, from 112.5515. */
    private static final String NEXT_DOOR_GRID = "POLYGON ((112.5515 37.749, 112.554 37.749, 112.554 37.753, 112.5515 37.753, 112.5515 37.749))";
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final CompoundAttributes ATTRIBUTES = new CompoundAttributes("锦绣苑", "长风街12号", 320, 6, 18,
            new BigDecimal("18500.00"), 1992, CompoundCategory.OLD_COMPOUND);

    private FixtureConfiguration<Compound> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Compound.class);
        fixture.registerInjectableResource(new InMemoryDirectory().withArea(DISTRICT).withArea(COMMUNITY)
                .withGridBoundary(HOME, HOME_GRID).withGridBoundary(FAR, FAR_GRID)
                .withGridBoundary(EDGE, EDGE_GRID).withGridBoundary(NEXT_DOOR, NEXT_DOOR_GRID));
    }

    private static RegisterCompoundCommand register(List<String> grids) {
        return new RegisterCompoundCommand(ID, COMMUNITY, ATTRIBUTES, SQUARE, Management.unmanaged(null), grids);
    }

    private static CompoundRegisteredEvent registered(List<String> grids) {
        return new CompoundRegisteredEvent(ID, DISTRICT, "140105001", COMMUNITY, ATTRIBUTES, SQUARE,
                Management.unmanaged(null), grids);
    }

    /** One compound-outside-grid problem on gridCodes[index], whose reason says what, and whose piece is the compound. */
    private static Matcher<InvalidGeometryException> outside(int index, String grid, String says) {
        return new CustomTypeSafeMatcher<>("compound-outside-grid on gridCodes[" + index + "] saying " + says) {
            @Override
            protected boolean matchesSafely(InvalidGeometryException e) {
                if (e.problems().size() != 1) {
                    return false;
                }
                GeometryProblem p = e.problems().get(0);
                return p.field().equals("gridCodes[" + index + "]") && GridLayer.COMPOUND_OUTSIDE_GRID.equals(p.rule())
                        && p.reason().contains(grid) && p.reason().matches(says)
                        && p.where() != null && p.where().equalsExact(Wgs84.polygonFromWkt(SQUARE, "b"));
            }
        };
    }

    @Test
    void registersACompoundInTheGridsItLiesIn() {
        fixture.givenCurrentTime(NOW)
                .when(register(List.of(HOME, NEXT_DOOR)))
                .expectEvents(registered(List.of(HOME, NEXT_DOOR)));
    }

    @Test
    void aGridAHundredKilometresAwayIsRefusedWithTheDistance() {
        fixture.givenCurrentTime(NOW)
                .when(register(List.of(HOME, FAR)))
                .expectException(outside(1, FAR, "lies (9\\d|10\\d)\\d{3} m from grid .*"))
                .expectNoEvents();
    }

    @Test
    void aGridTheCompoundTouchesOnlyBySliverIsRefusedWithTheTinyOverlap() {
        double sliver = Wgs84.approximateSquareMetres(Wgs84.polygonFromWkt(SQUARE, "b")
                .intersection(Wgs84.polygonFromWkt(EDGE_GRID, "b")));
        org.junit.jupiter.api.Assertions.assertTrue(sliver > 0 && sliver < 5, "the sliver is " + sliver + " m²");
        fixture.givenCurrentTime(NOW)
                .when(register(List.of(EDGE)))
                .expectException(outside(0, EDGE, "shares only \\d\\.\\d m² with grid .*"))
                .expectNoEvents();
    }

    @Test
    void anAssignmentToAFarGridIsRefused() {
        fixture.givenCurrentTime(NOW).andGiven(registered(List.of(HOME)))
                .when(new AssignCompoundToGridsCommand(ID, List.of(FAR), null))
                .expectException(outside(0, FAR, "lies \\d+ m from grid .*"))
                .expectNoEvents();
    }

    @Test
    void anAssignmentToTheGridsItLiesInIsAccepted() {
        fixture.givenCurrentTime(NOW).andGiven(registered(List.of(HOME)))
                .when(new AssignCompoundToGridsCommand(ID, List.of(NEXT_DOOR, HOME), null))
                .expectEvents(new CompoundAssignedToGridsEvent(ID, List.of(NEXT_DOOR, HOME)));
    }
}
