package org.gridatlas.command.grid;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.gridatlas.command.system.CommonRules.distinct;
import static org.gridatlas.command.system.CommonRules.fitsAsName;
import static org.gridatlas.command.system.CommonRules.present;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
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
import org.gridatlas.geodata.division.Division;
import org.gridatlas.geodata.geometry.BoundaryValidator;
import org.gridatlas.geodata.geometry.GeometryProblem;
import org.gridatlas.geodata.geometry.InvalidGeometryException;
import org.gridatlas.geodata.geometry.PartitionValidator;
import org.gridatlas.geodata.geometry.Wgs84;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.grid.AssignGridWorkersCommand;
import org.gridatlas.messages.grid.AssignMicroGridPeopleCommand;
import org.gridatlas.messages.grid.DrawGridCommand;
import org.gridatlas.messages.grid.GridBoundaryRedrawnEvent;
import org.gridatlas.messages.grid.GridDrawnEvent;
import org.gridatlas.messages.grid.GridWorkersAssignedEvent;
import org.gridatlas.messages.grid.Leader;
import org.gridatlas.messages.grid.MergeMicroGridsCommand;
import org.gridatlas.messages.grid.MicroGrid;
import org.gridatlas.messages.grid.MicroGridEdit;
import org.gridatlas.messages.grid.MicroGridPeopleAssignedEvent;
import org.gridatlas.messages.grid.MicroGridRetiredEvent;
import org.gridatlas.messages.grid.MicroGridSplitEvent;
import org.gridatlas.messages.grid.MicroGridsMergedEvent;
import org.gridatlas.messages.grid.MicroGridsRedrawnEvent;
import org.gridatlas.messages.grid.MoveSharedEdgeCommand;
import org.gridatlas.messages.grid.NewMicroGrid;
import org.gridatlas.messages.grid.RedrawGridBoundaryCommand;
import org.gridatlas.messages.grid.RedrawMicroGridsCommand;
import org.gridatlas.messages.grid.RetireMicroGridCommand;
import org.gridatlas.messages.grid.SharedEdgeMovedEvent;
import org.gridatlas.messages.grid.SplitMicroGridCommand;
import org.locationtech.jts.geom.LineString;
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

    static final Rule MICRO_GRID_CODE_RETIRED = new Rule("micro-grid-code-retired", "microGrids",
            "a micro-grid code the grid no longer uses was retired for good and is not used again");
    static final Rule MICRO_GRID_UNKNOWN = new Rule("micro-grid-unknown", "microGridCode",
            "the grid has no micro-grid with this code");
    static final Rule NEIGHBOUR_UNKNOWN = new Rule("micro-grid-unknown", "neighbourCode",
            "the grid has no micro-grid with this code");
    static final Rule MERGED_UNKNOWN = new Rule("micro-grid-unknown", "microGridCodes",
            "the grid has no micro-grid with this code");
    static final Rule NEIGHBOUR_DISTINCT = new Rule("micro-grid-neighbour-distinct", "neighbourCode",
            "the neighbour must be another micro-grid of the grid");
    static final Rule NEW_CODE_FORMAT = new Rule("micro-grid-code-format", "microGridCode",
            "a micro-grid code is the grid code followed by two digits other than 00");
    static final Rule NEW_CODE_USED = new Rule("micro-grid-code-used", "microGridCode",
            "a new micro-grid needs a code the grid has never used: codes of retired micro-grids are not used again");
    static final Rule NEW_CODE_DUPLICATE = new Rule("micro-grid-code-duplicate", "parts",
            "each new micro-grid needs a code of its own");
    static final Rule NEW_NAME = new Rule("micro-grid-name-required", "name",
            "each micro-grid needs a name of at most " + CommonRules.MAX_NAME_LENGTH + " characters");
    static final Rule NEW_HELPERS = new Rule("micro-grid-helpers-named", "helpers",
            "a micro-grid has at most " + MAX_PEOPLE + " grid helpers, each named once");
    static final Rule SPLIT_PARTS_NAMED = new Rule("split-parts-named", "parts",
            "name one new micro-grid for each part the line cuts, west to east (south to north for an east–west cut)");
    static final Rule MERGE_NEEDS_TWO = new Rule("merge-needs-two-micro-grids", "microGridCodes",
            "a merge joins at least two different micro-grids of the grid");
    static final Rule BUILDING_LEADERS_NAMED = new Rule("micro-grid-leaders-named", "buildingLeaders",
            "a micro-grid has at most " + MAX_PEOPLE + " building leaders, each named once");
    static final Rule UNIT_LEADERS_NAMED = new Rule("micro-grid-leaders-named", "unitLeaders",
            "a micro-grid has at most " + MAX_PEOPLE + " unit leaders, each named once");
    static final Rule LEADER_NAME = new Rule("leader-name-required", "name",
            "a leader needs a name of at most " + CommonRules.MAX_NAME_LENGTH + " characters");
    static final Rule LEADER_PHONE = new Rule("leader-phone-format", "phone",
            "a phone number has at most 20 characters, digits, '+' or '-'");
    static final Rule LEADER_BUILDING = new Rule("leader-building-format", "building",
            "what a leader leads is named in at most " + CommonRules.MAX_NAME_LENGTH + " characters");
    static final Rule PEOPLE_UNCHANGED = new Rule("micro-grid-people-unchanged", "helpers",
            "the micro-grid already has exactly these helpers and leaders");

    private static final Pattern PHONE = Pattern.compile("[0-9+\\-]{1,20}");

    @AggregateIdentifier
    private String gridCode;
    private Polygon boundary;
    private List<String> workers = List.of();
    /** The current division by code, in code order. */
    private final Map<String, Part> microGrids = new TreeMap<>();
    /** Every code the grid ever used, retired ones included: a code is never used twice. */
    private final Set<String> usedCodes = new HashSet<>();

    /** A micro-grid as the grid keeps it. */
    private record Part(String name, Polygon boundary, List<String> helpers,
                        List<Leader> buildingLeaders, List<Leader> unitLeaders) {

        MicroGrid toMessage(String code) {
            return new MicroGrid(code, name, Wgs84.toWkt(boundary), helpers);
        }
    }

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
            List<MicroGridsRedrawnEvent.Succession> successions = successions(division);
            apply(new GridBoundaryRedrawnEvent(gridCode, Wgs84.toWkt(redrawn)));
            apply(new MicroGridsRedrawnEvent(gridCode, division, successions));
            return getVersion();
        }
        if (!microGrids.isEmpty()) {
            List<GeometryProblem> misfit = PartitionValidator.problems(redrawn, polygons(),
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
        List<MicroGrid> division = division(command.microGrids(), boundary);
        apply(new MicroGridsRedrawnEvent(gridCode, division, successions(division)));
        return getVersion();
    }

    @CommandHandler
    Object handle(SplitMicroGridCommand command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        requireReasonUnless(command.dryRun(), reason);
        Part split = known(command.microGridCode(), MICRO_GRID_UNKNOWN);
        List<NewMicroGrid> named = newMicroGrids(command.parts(), "parts");
        LineString line = Wgs84.lineStringFromWkt(command.lineWkt(), "line");
        List<Polygon> pieces = Division.split(split.boundary(), line, "line");
        SPLIT_PARTS_NAMED.check(named.size() == pieces.size(), () -> "the line cuts " + pieces.size()
                + " parts and " + named.size() + " are named");
        Map<String, Part> created = new LinkedHashMap<>();
        for (int i = 0; i < pieces.size(); i++) {
            NewMicroGrid part = named.get(i);
            created.put(part.microGridCode(), new Part(part.name(), pieces.get(i), part.helpers(), List.of(), List.of()));
        }
        List<String> after = List.copyOf(created.keySet());
        return edit(command.dryRun(), List.of(command.microGridCode()), created,
                changed -> new MicroGridSplitEvent(gridCode, Wgs84.toWkt(line), List.of(command.microGridCode()), after, changed));
    }

    @CommandHandler
    Object handle(MergeMicroGridsCommand command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        requireReasonUnless(command.dryRun(), reason);
        List<String> codes = command.microGridCodes() == null ? List.of() : command.microGridCodes();
        MERGE_NEEDS_TWO.check(codes.size() >= 2 && codes.stream().allMatch(c -> c != null) && distinct(codes));
        List<Polygon> parts = new ArrayList<>();
        for (String code : codes) {
            parts.add(known(code, MERGED_UNKNOWN).boundary());
        }
        NewMicroGrid merged = newMicroGrid(command.merged(), "merged.");
        Polygon union = Division.merge(parts, "microGridCodes");
        Map<String, Part> created = new LinkedHashMap<>();
        created.put(merged.microGridCode(), new Part(merged.name(), union, merged.helpers(), List.of(), List.of()));
        return edit(command.dryRun(), codes, created,
                changed -> new MicroGridsMergedEvent(gridCode, List.copyOf(codes), List.of(merged.microGridCode()), changed));
    }

    @CommandHandler
    Object handle(MoveSharedEdgeCommand command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        requireReasonUnless(command.dryRun(), reason);
        Part first = known(command.microGridCode(), MICRO_GRID_UNKNOWN);
        Part second = known(command.neighbourCode(), NEIGHBOUR_UNKNOWN);
        NEIGHBOUR_DISTINCT.check(!command.microGridCode().equals(command.neighbourCode()));
        LineString edge = Wgs84.lineStringFromWkt(command.edgeWkt(), "edge");
        Division.EdgeMove moved = Division.moveSharedEdge(first.boundary(), second.boundary(), edge, "edge");
        Map<String, Part> changed = new LinkedHashMap<>();
        changed.put(command.microGridCode(), withBoundary(first, moved.first()));
        changed.put(command.neighbourCode(), withBoundary(second, moved.second()));
        List<String> pair = List.of(command.microGridCode(), command.neighbourCode());
        return edit(command.dryRun(), pair, changed,
                all -> new SharedEdgeMovedEvent(gridCode, Wgs84.toWkt(edge), pair, pair, all));
    }

    @CommandHandler
    Object handle(RetireMicroGridCommand command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        requireReasonUnless(command.dryRun(), reason);
        Part retired = known(command.microGridCode(), MICRO_GRID_UNKNOWN);
        Part receiver = known(command.neighbourCode(), NEIGHBOUR_UNKNOWN);
        NEIGHBOUR_DISTINCT.check(!command.microGridCode().equals(command.neighbourCode()));
        Polygon grown = Division.absorb(receiver.boundary(), retired.boundary(), "neighbourCode");
        Map<String, Part> changed = new LinkedHashMap<>();
        changed.put(command.neighbourCode(), withBoundary(receiver, grown));
        List<String> before = List.of(command.microGridCode(), command.neighbourCode());
        return edit(command.dryRun(), before, changed, all -> new MicroGridRetiredEvent(gridCode,
                command.microGridCode(), command.neighbourCode(), before, List.of(command.neighbourCode()), all));
    }

    @CommandHandler
    Long handle(AssignMicroGridPeopleCommand command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        CommonRules.requireReason(reason);
        Part part = known(command.microGridCode(), MICRO_GRID_UNKNOWN);
        List<String> helpers = people(command.helpers() == null ? List.of() : command.helpers());
        NEW_HELPERS.check(helpers != null && helpers.size() <= MAX_PEOPLE);
        List<Leader> buildingLeaders = leaders(command.buildingLeaders(), BUILDING_LEADERS_NAMED);
        List<Leader> unitLeaders = leaders(command.unitLeaders(), UNIT_LEADERS_NAMED);
        PEOPLE_UNCHANGED.check(!(helpers.equals(part.helpers()) && buildingLeaders.equals(part.buildingLeaders())
                && unitLeaders.equals(part.unitLeaders())));
        apply(new MicroGridPeopleAssignedEvent(gridCode, command.microGridCode(), helpers, buildingLeaders, unitLeaders));
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
        Map<String, Part> before = new TreeMap<>(microGrids);
        microGrids.clear();
        for (MicroGrid m : event.microGrids()) {
            Part kept = before.get(m.microGridCode());
            microGrids.put(m.microGridCode(), new Part(m.name(), Wgs84.polygonFromWkt(m.boundaryWkt(), "boundary"),
                    m.helpers() == null ? List.of() : m.helpers(),
                    kept == null ? List.of() : kept.buildingLeaders(), kept == null ? List.of() : kept.unitLeaders()));
            usedCodes.add(m.microGridCode());
        }
    }

    @EventSourcingHandler
    void on(MicroGridSplitEvent event) {
        edited(event);
    }

    @EventSourcingHandler
    void on(MicroGridsMergedEvent event) {
        edited(event);
    }

    @EventSourcingHandler
    void on(SharedEdgeMovedEvent event) {
        edited(event);
    }

    @EventSourcingHandler
    void on(MicroGridRetiredEvent event) {
        edited(event);
    }

    @EventSourcingHandler
    void on(MicroGridPeopleAssignedEvent event) {
        Part part = microGrids.get(event.microGridCode());
        microGrids.put(event.microGridCode(), new Part(part.name(), part.boundary(), event.helpers(),
                event.buildingLeaders(), event.unitLeaders()));
    }

    /** Codes in {@code before} only are gone; every changed micro-grid takes its new state, keeping its leaders. */
    private void edited(MicroGridEdit edit) {
        for (String code : edit.before()) {
            if (!edit.after().contains(code)) {
                microGrids.remove(code);
            }
        }
        for (MicroGrid m : edit.changed()) {
            Part kept = microGrids.get(m.microGridCode());
            microGrids.put(m.microGridCode(), new Part(m.name(), Wgs84.polygonFromWkt(m.boundaryWkt(), "boundary"),
                    m.helpers(), kept == null ? List.of() : kept.buildingLeaders(),
                    kept == null ? List.of() : kept.unitLeaders()));
            usedCodes.add(m.microGridCode());
        }
    }

    /**
     * The common end of every edit: puts vertices the edit left on untouched
     * neighbours' edges into them, re-validates the whole division, and
     * applies the event, or answers with it on a dry run, storing nothing.
     *
     * @param removed codes the edit takes out of the division (or replaces)
     * @param created the micro-grids the edit puts in, new or with new boundaries
     */
    private Object edit(boolean dryRun, List<String> removed, Map<String, Part> created,
                        Function<List<MicroGrid>, MicroGridEdit> event) {
        Map<String, Part> next = new TreeMap<>(microGrids);
        removed.forEach(next::remove);
        created.replaceAll((code, part) -> withBoundary(part, normalised(part.boundary())));
        next.putAll(created);
        List<String> untouched = next.keySet().stream().filter(c -> !created.containsKey(c)).toList();
        Map<Integer, Polygon> grown = Division.insertSharedVertices(
                created.values().stream().map(Part::boundary).toList(),
                untouched.stream().map(c -> next.get(c).boundary()).toList());
        Map<String, Part> changed = new LinkedHashMap<>(created);
        grown.forEach((i, polygon) -> {
            String code = untouched.get(i);
            Part neighbour = withBoundary(next.get(code), normalised(polygon));
            next.put(code, neighbour);
            changed.put(code, neighbour);
        });
        List<String> codes = List.copyOf(next.keySet());
        PartitionValidator.requireValid(boundary, next.values().stream().map(Part::boundary).toList(),
                i -> "microGrids." + codes.get(i), codes::get, "microGrids");
        MicroGridEdit applied = event.apply(changed.entrySet().stream()
                .map(e -> e.getValue().toMessage(e.getKey())).toList());
        if (dryRun) {
            return applied;
        }
        apply(applied);
        return getVersion();
    }

    /** One way of writing each boundary (rings start at their lowest vertex, shell clockwise), so events compare. */
    private static Polygon normalised(Polygon polygon) {
        return (Polygon) polygon.norm();
    }

    private static void requireReasonUnless(boolean dryRun, String reason) {
        if (!dryRun) {
            CommonRules.requireReason(reason);
        }
    }

    private static Part withBoundary(Part part, Polygon boundary) {
        return new Part(part.name(), boundary, part.helpers(), part.buildingLeaders(), part.unitLeaders());
    }

    private Part known(String code, Rule unknown) {
        Part part = code == null ? null : microGrids.get(code);
        unknown.check(part != null, () -> "the grid has no micro-grid " + code);
        return part;
    }

    private List<NewMicroGrid> newMicroGrids(List<NewMicroGrid> requested, String field) {
        List<NewMicroGrid> checked = new ArrayList<>();
        List<NewMicroGrid> given = requested == null ? List.of() : requested;
        for (int i = 0; i < given.size(); i++) {
            checked.add(newMicroGrid(given.get(i), field + "[" + i + "]."));
        }
        NEW_CODE_DUPLICATE.check(distinct(checked.stream().map(NewMicroGrid::microGridCode).toList()));
        return checked;
    }

    /** A new micro-grid's code (new to the grid), name and helpers, trimmed; rules name {@code prefix}. */
    private NewMicroGrid newMicroGrid(NewMicroGrid requested, String prefix) {
        String code = requested == null ? null : requested.microGridCode();
        NEW_CODE_FORMAT.under(prefix).check(isMicroGridCode(code));
        NEW_CODE_USED.under(prefix).check(!usedCodes.contains(code), () -> "the grid has used " + code + " before");
        NEW_NAME.under(prefix).check(requested != null && fitsAsName(requested.name()));
        List<String> helpers = people(requested.helpers() == null ? List.of() : requested.helpers());
        NEW_HELPERS.under(prefix).check(helpers != null && helpers.size() <= MAX_PEOPLE);
        return new NewMicroGrid(code, requested.name().strip(), helpers);
    }

    private boolean isMicroGridCode(String code) {
        return code != null && code.length() == gridCode.length() + 2 && code.startsWith(gridCode)
                && MICRO_GRID_SUFFIX.matcher(code.substring(gridCode.length())).matches();
    }

    /** Leaders with trimmed names, phones and buildings; blank phone or building is none. */
    private static List<Leader> leaders(List<Leader> requested, Rule listRule) {
        if (requested == null) {
            return List.of();
        }
        listRule.check(requested.size() <= MAX_PEOPLE && requested.stream().allMatch(l -> l != null));
        List<Leader> checked = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            Leader l = requested.get(i);
            String prefix = listRule.field() + "[" + i + "].";
            LEADER_NAME.under(prefix).check(fitsAsName(l.name()));
            String phone = present(l.phone()) ? l.phone().strip() : null;
            LEADER_PHONE.under(prefix).check(phone == null || PHONE.matcher(phone).matches());
            String building = present(l.building()) ? l.building().strip() : null;
            LEADER_BUILDING.under(prefix).check(building == null || fitsAsName(building));
            checked.add(new Leader(l.name().strip(), phone, building));
        }
        listRule.check(distinct(checked.stream().map(Leader::name).toList()));
        return checked;
    }

    private List<Polygon> polygons() {
        return microGrids.values().stream().map(Part::boundary).toList();
    }

    /** Which retired micro-grid's area lies, beyond the sliver tolerance, in which micro-grid of the new division. */
    private List<MicroGridsRedrawnEvent.Succession> successions(List<MicroGrid> division) {
        Set<String> kept = new HashSet<>(division.stream().map(MicroGrid::microGridCode).toList());
        List<MicroGridsRedrawnEvent.Succession> successions = new ArrayList<>();
        microGrids.forEach((code, old) -> {
            if (kept.contains(code)) {
                return;
            }
            for (MicroGrid m : division) {
                Polygon now = Wgs84.polygonFromWkt(m.boundaryWkt(), "boundary");
                if (old.boundary().getEnvelopeInternal().intersects(now.getEnvelopeInternal())
                        && Wgs84.approximateSquareMetres(old.boundary().intersection(now)) > PartitionValidator.TOLERANCE_SQUARE_METRES) {
                    successions.add(new MicroGridsRedrawnEvent.Succession(code, m.microGridCode()));
                }
            }
        });
        return successions;
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
        MICRO_GRID_CODE_RETIRED.check(codes.stream().allMatch(c -> microGrids.containsKey(c) || !usedCodes.contains(c)),
                () -> "retired: " + String.join(", ", codes.stream()
                        .filter(c -> !microGrids.containsKey(c) && usedCodes.contains(c)).toList()));
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
        PartitionValidator.requireValid(whole, parts, i -> "microGrids[" + i + "].boundary",
                i -> proposed.get(i).microGridCode(), "microGrids");
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
