package org.gridatlas.command.compound;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gridatlas.command.system.Rule;
import org.gridatlas.command.system.RuleViolation;
import org.gridatlas.geodata.geometry.InvalidGeometryException;
import org.gridatlas.messages.compound.CompoundRegisteredEvent;
import org.gridatlas.messages.compound.ManagementMode;
import org.gridatlas.messages.compound.RegisterCompoundCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompoundTest {

    private static final String ID = "c-1";
    private static final String SQUARE = "POLYGON ((112.55 37.75, 112.552 37.75, 112.552 37.752, 112.55 37.752, 112.55 37.75))";

    private FixtureConfiguration<Compound> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Compound.class);
    }

    private static RegisterCompoundCommand register(String name, String wkt, int households, ManagementMode mode) {
        return new RegisterCompoundCommand(ID, name, wkt, households, mode);
    }

    private void expectRejection(RegisterCompoundCommand command, Rule rule) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(RuleViolation.class)
                .expectExceptionMessage(rule.description())
                .expectNoEvents();
    }

    @Test
    void registersACompoundWithItsManagementMode() {
        fixture.givenNoPriorActivity()
                .when(register("  锦绣苑 ", SQUARE, 320, ManagementMode.UNMANAGED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CompoundRegisteredEvent(ID, "锦绣苑", SQUARE, 320, ManagementMode.UNMANAGED));
    }

    @Test
    void storesTheBoundaryAtSevenDecimals() {
        fixture.givenNoPriorActivity()
                .when(register("锦绣苑", "POLYGON ((112.550000001 37.75, 112.552 37.75, 112.552 37.752, 112.55 37.752, 112.550000001 37.75))",
                        320, ManagementMode.MARKET_COMPANY))
                .expectEvents(new CompoundRegisteredEvent(ID, "锦绣苑", SQUARE, 320, ManagementMode.MARKET_COMPANY));
    }

    @Test
    void cannotRegisterWithoutAnIdentifier() {
        expectRejection(new RegisterCompoundCommand(" ", "锦绣苑", SQUARE, 1, ManagementMode.UNMANAGED), Compound.ID_REQUIRED);
    }

    @Test
    void cannotRegisterWithoutAName() {
        expectRejection(register(null, SQUARE, 320, ManagementMode.UNMANAGED), Compound.NAME_REQUIRED);
    }

    @Test
    void cannotRegisterWithABlankName() {
        expectRejection(register("  ", SQUARE, 320, ManagementMode.UNMANAGED), Compound.NAME_REQUIRED);
    }

    @Test
    void cannotRegisterWithAnOverlongName() {
        expectRejection(register("小".repeat(Compound.MAX_NAME_LENGTH + 1), SQUARE, 320, ManagementMode.UNMANAGED),
                Compound.NAME_TOO_LONG);
    }

    @Test
    void cannotRegisterNegativeHouseholds() {
        expectRejection(register("锦绣苑", SQUARE, -1, ManagementMode.UNMANAGED), Compound.HOUSEHOLDS_IN_RANGE);
    }

    @Test
    void cannotRegisterImplausiblyManyHouseholds() {
        expectRejection(register("锦绣苑", SQUARE, Compound.MAX_HOUSEHOLDS + 1, ManagementMode.UNMANAGED),
                Compound.HOUSEHOLDS_IN_RANGE);
    }

    @Test
    void cannotRegisterWithoutAManagementMode() {
        expectRejection(register("锦绣苑", SQUARE, 320, null), Compound.MODE_REQUIRED);
    }

    @Test
    void cannotRegisterWithoutABoundary() {
        fixture.givenNoPriorActivity()
                .when(register("锦绣苑", null, 320, ManagementMode.UNMANAGED))
                .expectException(InvalidGeometryException.class)
                .expectExceptionMessage("boundary: is required")
                .expectNoEvents();
    }

    @Test
    void cannotRegisterASelfIntersectingBoundary() {
        fixture.givenNoPriorActivity()
                .when(register("锦绣苑", "POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))", 320, ManagementMode.UNMANAGED))
                .expectException(InvalidGeometryException.class)
                .expectNoEvents();
    }

    @Test
    void cannotRegisterABoundaryThatIsNotAPolygon() {
        fixture.givenNoPriorActivity()
                .when(register("锦绣苑", "LINESTRING (0 0, 1 1)", 320, ManagementMode.UNMANAGED))
                .expectException(InvalidGeometryException.class)
                .expectExceptionMessage("boundary: must be a Polygon, was LineString")
                .expectNoEvents();
    }
}
