package org.gridatlas.command.grid;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.gridatlas.command.system.CommonRules.distinct;
import static org.gridatlas.command.system.CommonRules.fitsAsName;
import static org.gridatlas.command.system.CommonRules.present;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gridatlas.command.directory.Directory;
import org.gridatlas.command.directory.GridLayer;
import org.gridatlas.command.system.CommonRules;
import org.gridatlas.command.system.Rule;
import org.gridatlas.geodata.geometry.BoundaryValidator;
import org.gridatlas.geodata.geometry.GeometryProblem;
import org.gridatlas.geodata.geometry.InvalidGeometryException;
import org.gridatlas.geodata.geometry.PartitionValidator;
import org.gridatlas.geodata.geometry.Wgs84;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.grid.AssignGridWorkersCommand;
import org.gridatlas.messages.grid.DrawGridCommand;
import org.gridatlas.messages.grid.GridBoundaryRedrawnEvent;
import org.gridatlas.messages.grid.GridDrawnEvent;
import org.gridatlas.messages.grid.GridWorkersAssignedEvent;
import org.gridatlas.messages.grid.MicroGrid;
import org.gridatlas.messages.grid.MicroGridsRedrawnEvent;
import org.gridatlas.messages.grid.RedrawGridBoundaryCommand;
import org.gridatlas.messages.grid.RedrawMicroGridsCommand;
import org.locationtech.jts.geom.Polygon;

/** A grid (网格) with its workers and its division into micro-grids (微网格). */
@Aggregate
class Grid {

    static final int MAX_PEOPLE = 20;
    private static final Pattern GRID_CODE = Pattern.compile("\\d{12}(?!000)\\d{3}");
    private static final Pattern MICRO_GRID_SUFFIX = Pattern.compile("(?!00)\\d{2}");

    static final Rule CODE_FORMAT = new Rule("grid-code-format", "gridCode",
            "a grid code is its community's code followed by three digits other than 000");
    static final Rule COMMUNITY_UNKNOWN = new Rule("community-unknown", "communityCode",
            "there is no community with this code");
    static final Rule NAME_REQUIRED = new Rule("grid-name-required", "name",
            "a grid needs a name of at most " + CommonRules.MAX_NAME_LENGTH + " characters");
    static final Rule WORKERS_NAMED = new Rule("grid-workers-named", "workers",
            "a grid needs 1 to " + MAX_PEOPLE + " grid workers, each named once");
    static final Rule WORKERS_UNCHANGED = new Rule("grid-workers-unchanged", "workers",
            "the grid already has exactly these workers");
    static final Rule MICRO_GRID_CODES = new Rule("micro-grid-code-format", "microGrids",
            "each micro-grid code is the grid code followed by two digits other than 00, used once");
    static final Rule MICRO_GRID_NAMES = new Rule("micro-grid-name-required", "microGrids",
            "each micro-grid needs a name of at most " + CommonRules.MAX_NAME_LENGTH + " characters");
    static final Rule HELPERS_NAMED = new Rule("micro-grid-helpers-named", "microGrids",
            "a micro-grid has at most " + MAX_PEOPLE + " grid helpers, each named once");
    static final Rule DIVISION_MUST_FOLLOW = new Rule("micro-grids-must-follow-boundary", "microGrids",
            "the grid's micro-grids do not divide the new boundary: send the new division with it");

    @AggregateIdentifier
    private String gridCode;
    private Polygon boundary;
    private List<String> workers = List.of();
    private List<Polygon> microGrids = List.of();

    private Grid() {
        // for Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    Grid(DrawGridCommand command, Directory directory) {
        String code = command.gridCode();
        CODE_FORMAT.check(code != null && GRID_CODE.matcher(code).matches()
                && code.substring(0, 12).equals(command.communityCode()));
        COMMUNITY_UNKNOWN.check(directory.areaExists(command.communityCode()));
        NAME_REQUIRED.check(fitsAsName(command.name()));
        Polygon drawn = boundary(command.boundaryWkt());
        GridLayer.requireNoOverlap(directory, code, drawn);
        String community = command.communityCode();
        apply(new GridDrawnEvent(code, community.substring(0, 6), community.substring(0, 9), community,
                command.name().strip(), Wgs84.toWkt(drawn)));
    }

    @CommandHandler
    Long handle(RedrawGridBoundaryCommand command, @MetaDataValue(AuditMetadata.REASON) String reason,
                Directory directory) {
        CommonRules.requireReason(reason);
        Polygon redrawn = boundary(command.boundaryWkt());
        GridLayer.requireNoOverlap(directory, gridCode, redrawn);
        if (command.microGrids() != null) {
            List<MicroGrid> division = division(command.microGrids(), redrawn);
            apply(new GridBoundaryRedrawnEvent(gridCode, Wgs84.toWkt(redrawn)));
            apply(new MicroGridsRedrawnEvent(gridCode, division, List.of()));
            return getVersion();
        }
        if (!microGrids.isEmpty()) {
            List<GeometryProblem> misfit = PartitionValidator.problems(redrawn, microGrids,
                    i -> "microGrids[" + i + "].boundary", "microGrids");
            DIVISION_MUST_FOLLOW.check(misfit.isEmpty());
        }
        apply(new GridBoundaryRedrawnEvent(gridCode, Wgs84.toWkt(redrawn)));
        return getVersion();
    }

    @CommandHandler
    Long handle(AssignGridWorkersCommand command) {
        List<String> named = people(command.workers());
        WORKERS_NAMED.check(named != null && !named.isEmpty() && named.size() <= MAX_PEOPLE);
        WORKERS_UNCHANGED.check(!CommonRules.sameEntries(named, workers));
        apply(new GridWorkersAssignedEvent(gridCode, named));
        return getVersion();
    }

    @CommandHandler
    Long handle(RedrawMicroGridsCommand command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        if (!microGrids.isEmpty()) {
            CommonRules.requireReason(reason);
        }
        apply(new MicroGridsRedrawnEvent(gridCode, division(command.microGrids(), boundary), List.of()));
        return getVersion();
    }

    @EventSourcingHandler
    void on(GridDrawnEvent event) {
        gridCode = event.gridCode();
        boundary = Wgs84.polygonFromWkt(event.boundaryWkt(), "boundary");
    }

    @EventSourcingHandler
    void on(GridBoundaryRedrawnEvent event) {
        boundary = Wgs84.polygonFromWkt(event.boundaryWkt(), "boundary");
    }

    @EventSourcingHandler
    void on(GridWorkersAssignedEvent event) {
        workers = event.workers();
    }

    @EventSourcingHandler
    void on(MicroGridsRedrawnEvent event) {
        microGrids = event.microGrids().stream()
                .map(m -> Wgs84.polygonFromWkt(m.boundaryWkt(), "boundary"))
                .toList();
    }

    /** Checks a division of {@code whole} and returns it normalised: names trimmed, WKT at 7 decimals. */
    private List<MicroGrid> division(List<MicroGrid> proposed, Polygon whole) {
        if (proposed == null || proposed.isEmpty()) {
            throw new InvalidGeometryException("microGrids", "must hold at least one micro-grid");
        }
        List<String> codes = proposed.stream().map(MicroGrid::microGridCode).toList();
        MICRO_GRID_CODES.check(distinct(codes) && codes.stream().allMatch(c -> c != null
                && c.length() == gridCode.length() + 2 && c.startsWith(gridCode)
                && MICRO_GRID_SUFFIX.matcher(c.substring(gridCode.length())).matches()));
        MICRO_GRID_NAMES.check(proposed.stream().allMatch(m -> fitsAsName(m.name())));
        List<Polygon> parts = new ArrayList<>();
        List<GeometryProblem> problems = new ArrayList<>();
        for (int i = 0; i < proposed.size(); i++) {
            try {
                parts.add(Wgs84.polygonFromWkt(proposed.get(i).boundaryWkt(), "microGrids[" + i + "].boundary"));
            } catch (InvalidGeometryException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidGeometryException(problems);
        }
        PartitionValidator.requireValid(whole, parts, i -> "microGrids[" + i + "].boundary", "microGrids");
        List<MicroGrid> normalised = new ArrayList<>();
        for (int i = 0; i < proposed.size(); i++) {
            MicroGrid m = proposed.get(i);
            List<String> helpers = people(m.helpers() == null ? List.of() : m.helpers());
            HELPERS_NAMED.check(helpers != null && helpers.size() <= MAX_PEOPLE);
            normalised.add(new MicroGrid(m.microGridCode(), m.name().strip(), Wgs84.toWkt(parts.get(i)), helpers));
        }
        return normalised;
    }

    /** Trimmed names, or {@code null} when one is blank or appears twice. */
    private static List<String> people(List<String> names) {
        if (names == null || !names.stream().allMatch(n -> present(n) && n.strip().length() <= CommonRules.MAX_NAME_LENGTH)) {
            return null;
        }
        List<String> trimmed = names.stream().map(String::strip).toList();
        return distinct(trimmed) ? trimmed : null;
    }

    private static Polygon boundary(String wkt) {
        return BoundaryValidator.requireValid(Wgs84.polygonFromWkt(wkt, "boundary"), "boundary");
    }
}
