package org.gridatlas.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.gridatlas.geodata.geometry.Wgs84;
import org.gridatlas.messages.area.AddCommunityCommand;
import org.gridatlas.messages.area.AddSubDistrictCommand;
import org.gridatlas.messages.area.RegisterDistrictCommand;
import org.gridatlas.messages.campaign.LaunchCampaignCommand;
import org.gridatlas.messages.campaign.Milestone;
import org.gridatlas.messages.clearance.AssignClearanceStrategyCommand;
import org.gridatlas.messages.clearance.ClearanceStrategy;
import org.gridatlas.messages.clearance.Subsidy;
import org.gridatlas.messages.compound.ChangeManagementCommand;
import org.gridatlas.messages.compound.CompoundAttributes;
import org.gridatlas.messages.compound.CompoundCategory;
import org.gridatlas.messages.compound.FeeStance;
import org.gridatlas.messages.compound.Management;
import org.gridatlas.messages.compound.ManagementMode;
import org.gridatlas.messages.compound.RegisterCompoundCommand;
import org.gridatlas.messages.governance.FormOwnersCommitteeCommand;
import org.gridatlas.messages.governance.FormPropertyManagementCommitteeCommand;
import org.gridatlas.messages.governance.RecordCompoundLeadersCommand;
import org.gridatlas.messages.grid.AssignGridWorkersCommand;
import org.gridatlas.messages.grid.DrawGridCommand;
import org.gridatlas.messages.grid.MicroGrid;
import org.gridatlas.messages.grid.RedrawMicroGridsCommand;
import org.gridatlas.messages.party.FoundPartyOrganisationCommand;
import org.gridatlas.messages.party.PartyOrganisationType;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * A synthetic district shaped like 小店区 in the articles, and eleven months of
 * its clearance campaign, as the commands the district's staff would send.
 * <p>
 * The survey registers 1,157 compounds, 296 of them unmanaged, with 1,466
 * building and 4,275 unit leaders, 674 micro-grids with over 1,400 helpers,
 * and 104 compound or grid branches and 192 party groups that together cover
 * every unmanaged compound. The launch assigns the strategies 26 / 62 / 150 /
 * 58 (red-property enterprise, original employer, six months of subsidy at
 * 0.5 yuan per m² per month, party members and sanitation). Eight monthly
 * rounds then clear 249 compounds, move subsidised ones from serving first to
 * consulting to charging, and six of them relapse when the subsidy ends.
 * The figures hold by construction; everything else is drawn from a seeded
 * random source, so a plan is the same every time. The bodies serving the
 * compounds come from {@link DemoBodies}.
 */
public final class CalibratedDistrict {

    public static final int COMPOUNDS = 1157;
    public static final int UNMANAGED_AT_LAUNCH = 296;
    public static final Map<ClearanceStrategy, Integer> STRATEGIES = Map.of(
            ClearanceStrategy.RED_PROPERTY_ENTERPRISE, 26, ClearanceStrategy.ORIGINAL_EMPLOYER, 62,
            ClearanceStrategy.SUBSIDISED_TRANSITION, 150, ClearanceStrategy.BASIC_FALLBACK, 58);
    public static final int COMPOUND_AND_GRID_BRANCHES = 104;
    public static final int PARTY_GROUPS = 192;
    public static final int CENTRAL_HOUSEHOLDS = 120;
    public static final int BUILDING_LEADERS = 1466;
    public static final int UNIT_LEADERS = 4275;
    public static final int MICRO_GRIDS = 674;
    public static final int MICRO_GRID_HELPERS = 1408;
    public static final int PROPERTY_MANAGEMENT_COMMITTEES = 90;
    public static final int OWNERS_COMMITTEES = 380;
    public static final BigDecimal SUBSIDY_RATE = new BigDecimal("0.5");
    public static final int SUBSIDY_MONTHS = 6;

    /** Clearances per strategy, per month after launch (index 0 is the first month). */
    private static final Map<ClearanceStrategy, int[]> CLEARANCES = Map.of(
            ClearanceStrategy.BASIC_FALLBACK, new int[] {30, 20, 8, 0, 0, 0, 0, 0},
            ClearanceStrategy.RED_PROPERTY_ENTERPRISE, new int[] {6, 8, 8, 4, 0, 0, 0, 0},
            ClearanceStrategy.ORIGINAL_EMPLOYER, new int[] {0, 10, 12, 12, 12, 9, 0, 0},
            ClearanceStrategy.SUBSIDISED_TRANSITION, new int[] {0, 30, 25, 20, 15, 12, 8, 0});
    private static final int PROGRESS_MONTHS = 8;
    /** Subsidised compounds whose owners will not pay once the subsidy ends. */
    public static final int RELAPSES = 6;
    public static final int CLEARED = 249;

    private static final int SUB_DISTRICTS = 10;
    private static final int COMMUNITIES_PER_SUB_DISTRICT = 10;
    private static final int GRIDS_PER_COMMUNITY = 3;
    private static final int SPANNING = 26;
    private static final int GRID_BRANCHES = COMPOUND_AND_GRID_BRANCHES - SPANNING;
    /** Grids are 3 × 2 slots; a slot is 0.002° × 0.0025°, about 176 m × 278 m at Taiyuan. */
    private static final double SLOT_WIDTH = 0.002;
    private static final double SLOT_HEIGHT = 0.0025;
    private static final int SLOT_COLUMNS = 3;
    private static final int SLOT_ROWS = 2;
    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    static final String SURVEYOR = "周敏（区住建局）";
    static final String GRID_OFFICE = "刘洋（区网格化服务中心）";
    static final String ORGANISATION_DEPARTMENT = "陈静（区委组织部）";
    static final String TASK_FORCE = "王志强（区物业治理工作专班）";

    /**
     * @param surveyMonth the month the survey starts; the campaign is launched two
     *                    months later and its last simulated month is nine months
     *                    after that, so a survey eleven months ago ends last month
     */
    public record Settings(String districtCode, String districtName, double west, double south,
                           YearMonth surveyMonth, long seed) {

        /** The demo district: 小店区's code, south-east of Taiyuan, surveyed eleven months before {@code now}. */
        public static Settings demo(YearMonth now) {
            return new Settings("140105", "小店区（演示数据）", 112.50, 37.70, now.minusMonths(11), 2026);
        }
    }

    /** What the plan leads to after its last month, for checking a run against it. */
    public record Outcome(int cleared, int relapsed, int unmanagedAfter) {
    }

    public record Plan(String campaignId, List<DemoStep> survey, List<DemoStep> launch, List<DemoStep> progress,
                       Outcome outcome) {

        public List<DemoStep> all() {
            List<DemoStep> all = new ArrayList<>(survey);
            all.addAll(launch);
            all.addAll(progress);
            return all;
        }
    }

    private enum Group {
        LARGE_CONTIGUOUS(ClearanceStrategy.RED_PROPERTY_ENTERPRISE),
        UNIT_DORMITORY(ClearanceStrategy.ORIGINAL_EMPLOYER),
        SMALL_SCATTERED(ClearanceStrategy.SUBSIDISED_TRANSITION),
        NO_TAKER(ClearanceStrategy.BASIC_FALLBACK),
        MANAGED(null);

        final ClearanceStrategy strategy;

        Group(ClearanceStrategy strategy) {
            this.strategy = strategy;
        }
    }

    private record Grid(String code, String communityIndexName, int slotX, int slotY) {
    }

    private static final class PlannedCompound {
        final String id;
        final Group group;
        final List<String> grids;
        final Polygon boundary;
        String name;
        String employer;
        CompoundAttributes attributes;
        Management management;
        int buildingLeaders;
        int unitLeaders;

        PlannedCompound(String id, Group group, List<String> grids, Polygon boundary) {
            this.id = id;
            this.group = group;
            this.grids = grids;
            this.boundary = boundary;
        }
    }

    private final Settings settings;
    private final Random random;
    private final DemoNames names;
    private final List<Grid> grids = new ArrayList<>();
    private final Map<String, String> communityNames = new LinkedHashMap<>();
    private final List<PlannedCompound> compounds = new ArrayList<>();

    private CalibratedDistrict(Settings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
        this.names = new DemoNames(random);
    }

    public static Plan plan(Settings settings) {
        return new CalibratedDistrict(settings).build();
    }

    private Plan build() {
        List<DemoStep> survey = new ArrayList<>();
        hierarchy(survey);
        gridsAndWorkers(survey);
        layOutCompounds();
        describeCompounds();
        registerCompounds(survey);
        microGrids(survey);
        leadersAndCommittees(survey);
        partyOrganisations(survey);
        YearMonth launched = YearMonth.from(launchDay());
        DemoBodies.Steps bodies = DemoBodies.of(settings.districtCode(), settings.seed() + 1, survey,
                settings.surveyMonth(), launched.plusMonths(1), launched.plusMonths(PROGRESS_MONTHS));
        survey.addAll(bodies.register());
        String campaignId = settings.districtCode() + "-campaign";
        List<DemoStep> launch = launch(campaignId);
        List<DemoStep> progress = progress();
        progress.addAll(bodies.evaluations());
        return new Plan(campaignId, sorted(survey), sorted(launch), sorted(progress),
                new Outcome(CLEARED, RELAPSES, UNMANAGED_AT_LAUNCH - CLEARED + RELAPSES));
    }

    // ---------------------------------------------------------------- hierarchy and grids

    /** The n-th sub-district (from 1): the district code and three digits. */
    static String subDistrictCode(String districtCode, int n) {
        return districtCode + String.format("%03d", n);
    }

    /** The n-th community (from 1) of a sub-district: its code and three digits. */
    static String communityCode(String subDistrictCode, int n) {
        return subDistrictCode + String.format("%03d", n);
    }

    private void hierarchy(List<DemoStep> steps) {
        String district = settings.districtCode();
        LocalDate day = settings.surveyMonth().atDay(1);
        int minute = 0;
        steps.add(step(day, minute++, SURVEYOR, "启用网格图谱，录入行政区划",
                new RegisterDistrictCommand(district, settings.districtName())));
        for (int s = 0; s < SUB_DISTRICTS; s++) {
            String subDistrict = subDistrictCode(district, s + 1);
            steps.add(step(day, minute++, SURVEYOR, "录入行政区划",
                    new AddSubDistrictCommand(district, subDistrict, DemoNames.SUB_DISTRICTS.get(s))));
            for (int c = 0; c < COMMUNITIES_PER_SUB_DISTRICT; c++) {
                String community = communityCode(subDistrict, c + 1);
                String name = DemoNames.community(s * COMMUNITIES_PER_SUB_DISTRICT + c);
                communityNames.put(community, name);
                steps.add(step(day, minute++, SURVEYOR, "录入行政区划", new AddCommunityCommand(district, community, name)));
            }
        }
    }

    /**
     * Sub-districts lie 5 × 2, each with its communities 2 × 5, each community
     * three grids in a row. Positions are counted in slots so that neighbours
     * compute identical coordinates for their shared edges.
     */
    private void gridsAndWorkers(List<DemoStep> steps) {
        LocalDate day = settings.surveyMonth().atDay(2);
        int step = 0;
        for (String community : communityNames.keySet()) {
            int s = Integer.parseInt(community.substring(6, 9)) - 1;
            int c = Integer.parseInt(community.substring(9, 12)) - 1;
            int communityColumn = (s % 5) * 2 + c % 2;
            int communityRow = (s / 5) * 5 + c / 2;
            for (int g = 0; g < GRIDS_PER_COMMUNITY; g++) {
                String code = community + String.format("%03d", g + 1);
                Grid grid = new Grid(code, communityNames.get(community),
                        (communityColumn * GRIDS_PER_COMMUNITY + g) * SLOT_COLUMNS, communityRow * SLOT_ROWS);
                grids.add(grid);
                LocalDate when = day.plusDays(step / 100);
                steps.add(step(when, step % 100 * 4, GRID_OFFICE, "网格划分",
                        new DrawGridCommand(code, community, grid.communityIndexName() + "第" + DemoNames.ordinal(g) + "网格",
                                Wgs84.toWkt(rectangle(grid.slotX(), grid.slotY(), SLOT_COLUMNS, SLOT_ROWS)))));
                steps.add(step(when, step % 100 * 4 + 2, GRID_OFFICE, "配备专职网格员",
                        new AssignGridWorkersCommand(code, names.people(1), null)));
                step++;
            }
        }
    }

    // ---------------------------------------------------------------- compounds

    /**
     * Places the compounds: 26 large ones straddling the line between two grids
     * of a community (一小区多网格), the rest one per slot, spread so that every
     * grid holds several (一网格多小区).
     */
    private void layOutCompounds() {
        Map<String, List<int[]>> freeSlots = new LinkedHashMap<>();
        for (Grid grid : grids) {
            List<int[]> slots = new ArrayList<>();
            for (int x = 0; x < SLOT_COLUMNS; x++) {
                for (int y = 0; y < SLOT_ROWS; y++) {
                    slots.add(new int[] {x, y});
                }
            }
            freeSlots.put(grid.code(), slots);
        }
        List<String> communities = new ArrayList<>(communityNames.keySet());
        Collections.shuffle(communities, random);
        int index = 0;
        for (String community : communities.subList(0, SPANNING)) {
            int leftGrid = random.nextInt(GRIDS_PER_COMMUNITY - 1);
            int row = random.nextInt(SLOT_ROWS);
            Grid left = gridOf(community, leftGrid);
            Grid right = gridOf(community, leftGrid + 1);
            freeSlots.get(left.code()).removeIf(slot -> slot[0] == SLOT_COLUMNS - 1 && slot[1] == row);
            freeSlots.get(right.code()).removeIf(slot -> slot[0] == 0 && slot[1] == row);
            Polygon boundary = compoundIn(right.slotX() - 1, right.slotY() + row, 2, 0.62, 0.8, 4);
            compounds.add(new PlannedCompound(compoundId(index++), Group.LARGE_CONTIGUOUS,
                    List.of(left.code(), right.code()), boundary));
        }
        List<Group> groups = new ArrayList<>();
        groups.addAll(Collections.nCopies(STRATEGIES.get(ClearanceStrategy.ORIGINAL_EMPLOYER), Group.UNIT_DORMITORY));
        groups.addAll(Collections.nCopies(STRATEGIES.get(ClearanceStrategy.SUBSIDISED_TRANSITION), Group.SMALL_SCATTERED));
        groups.addAll(Collections.nCopies(STRATEGIES.get(ClearanceStrategy.BASIC_FALLBACK), Group.NO_TAKER));
        groups.addAll(Collections.nCopies(COMPOUNDS - UNMANAGED_AT_LAUNCH, Group.MANAGED));
        Collections.shuffle(groups, random);
        // Round by round, every grid takes one more compound while it has room: no grid stays empty.
        List<Grid> order = new ArrayList<>(grids);
        Collections.shuffle(order, random);
        int placed = 0;
        while (placed < groups.size()) {
            for (Grid grid : order) {
                List<int[]> free = freeSlots.get(grid.code());
                if (free.isEmpty() || placed == groups.size()) {
                    continue;
                }
                int[] slot = free.remove(random.nextInt(free.size()));
                compounds.add(new PlannedCompound(compoundId(index++), groups.get(placed++), List.of(grid.code()),
                        compoundIn(grid.slotX() + slot[0], grid.slotY() + slot[1], 1, 0.55, 0.78, 6)));
            }
        }
    }

    private void describeCompounds() {
        List<ManagementMode> managedModes = new ArrayList<>();
        managedModes.addAll(Collections.nCopies(640, ManagementMode.MARKET_COMPANY));
        managedModes.addAll(Collections.nCopies(60, ManagementMode.STATE_OWNED_FALLBACK));
        managedModes.addAll(Collections.nCopies(50, ManagementMode.COMMUNITY_TRUSTEESHIP));
        managedModes.addAll(Collections.nCopies(30, ManagementMode.SOCIAL_ORGANISATION));
        managedModes.addAll(Collections.nCopies(50, ManagementMode.RESIDENT_SELF_MANAGEMENT));
        managedModes.addAll(Collections.nCopies(11, ManagementMode.SHARED_PROPERTY_SOCIETY));
        managedModes.addAll(Collections.nCopies(20, ManagementMode.RED_PROPERTY_ENTERPRISE));
        Collections.shuffle(managedModes, random);
        int managedIndex = 0;
        for (PlannedCompound compound : compounds) {
            switch (compound.group) {
                case LARGE_CONTIGUOUS -> describe(compound, names.estate(), 400, 900, 12, 24, 1978, 1995,
                        CompoundCategory.OLD_COMPOUND);
                case UNIT_DORMITORY -> {
                    compound.employer = names.pick(DemoNames.EMPLOYERS);
                    describe(compound, names.dormitory(compound.employer), 60, 240, 3, 8, 1965, 1992,
                            CompoundCategory.UNIT_DORMITORY);
                }
                case SMALL_SCATTERED -> describe(compound, names.scattered(), 20, 120, 1, 6, 1970, 1998,
                        random.nextBoolean() ? CompoundCategory.SCATTERED_BUILDINGS : CompoundCategory.OLD_COMPOUND);
                case NO_TAKER -> describe(compound, names.village(), 30, 150, 2, 8, 1980, 2005,
                        CompoundCategory.URBAN_VILLAGE);
                case MANAGED -> {
                    ManagementMode mode = managedModes.get(managedIndex++);
                    CompoundCategory category = mode == ManagementMode.MARKET_COMPANY
                            ? (random.nextInt(6) == 0 ? CompoundCategory.RESETTLEMENT_HOUSING : CompoundCategory.COMMERCIAL)
                            : CompoundCategory.OLD_COMPOUND;
                    int from = category == CompoundCategory.OLD_COMPOUND ? 1980 : 2000;
                    describe(compound, names.estate(), 150, 1200, 3, 30, from, from + 22, category);
                    compound.management = new Management(mode, provider(mode, compound),
                            LocalDate.of(2012 + random.nextInt(12), 1 + random.nextInt(12), 1),
                            mode == ManagementMode.MARKET_COMPANY || mode == ManagementMode.STATE_OWNED_FALLBACK
                                    ? FeeStance.CHARGING : FeeStance.CONSULTING_OWNERS);
                }
            }
        }
        calibrateLeaders();
    }

    private void describe(PlannedCompound compound, String name, int minHouseholds, int maxHouseholds,
                          int minBuildings, int maxBuildings, int firstYear, int lastYear, CompoundCategory category) {
        int households = between(minHouseholds, maxHouseholds);
        int buildings = between(minBuildings, maxBuildings);
        int units = buildings * between(2, 4);
        BigDecimal floorArea = BigDecimal.valueOf(households * between(58, 92)).setScale(2, RoundingMode.HALF_UP);
        compound.name = name;
        compound.attributes = new CompoundAttributes(name, names.pick(DemoNames.SUB_DISTRICTS).replace("街道", "路")
                + between(1, 300) + "号", households, buildings, units, floorArea, between(firstYear, lastYear), category);
        compound.management = Management.unmanaged(null);
    }

    /**
     * Unmanaged compounds get a leader for nearly every building and unit; a few
     * posts stay empty so the totals are exactly the article's 1,466 and 4,275.
     */
    private void calibrateLeaders() {
        List<PlannedCompound> unmanaged = compounds.stream().filter(c -> c.group != Group.MANAGED).toList();
        int buildings = unmanaged.stream().mapToInt(c -> c.attributes.buildings()).sum();
        int units = unmanaged.stream().mapToInt(c -> c.attributes.units()).sum();
        if (buildings < BUILDING_LEADERS || units < UNIT_LEADERS) {
            throw new IllegalStateException("the layout leaves too few buildings (" + buildings + ") or units (" + units + ")");
        }
        unmanaged.forEach(c -> {
            c.buildingLeaders = c.attributes.buildings();
            c.unitLeaders = c.attributes.units();
        });
        for (int vacant = buildings - BUILDING_LEADERS; vacant > 0; ) {
            PlannedCompound c = unmanaged.get(random.nextInt(unmanaged.size()));
            if (c.buildingLeaders > 1) {
                c.buildingLeaders--;
                vacant--;
            }
        }
        for (int vacant = units - UNIT_LEADERS; vacant > 0; ) {
            PlannedCompound c = unmanaged.get(random.nextInt(unmanaged.size()));
            if (c.unitLeaders > 1) {
                c.unitLeaders--;
                vacant--;
            }
        }
    }

    private String provider(ManagementMode mode, PlannedCompound compound) {
        String community = communityNames.get(compound.grids.get(0).substring(0, 12));
        return switch (mode) {
            case MARKET_COMPANY -> names.pick(DemoNames.MARKET_COMPANIES);
            case STATE_OWNED_FALLBACK -> names.pick(DemoNames.SUB_DISTRICTS) + "国有物业服务有限公司";
            case RED_PROPERTY_ENTERPRISE -> names.pick(DemoNames.RED_ENTERPRISES);
            case ORIGINAL_EMPLOYER -> compound.employer + "物业管理处";
            case COMMUNITY_TRUSTEESHIP -> community + "居民委员会";
            case SOCIAL_ORGANISATION -> names.pick(DemoNames.SOCIAL_ORGANISATIONS);
            case RESIDENT_SELF_MANAGEMENT -> compound.name + "居民自管小组";
            case SHARED_PROPERTY_SOCIETY -> community + "共享物业社";
            case BASIC_FALLBACK -> DemoNames.FALLBACK_PROVIDER;
            case UNMANAGED -> null;
        };
    }

    private void registerCompounds(List<DemoStep> steps) {
        LocalDate first = settings.surveyMonth().atDay(8);
        for (int i = 0; i < compounds.size(); i++) {
            PlannedCompound c = compounds.get(i);
            steps.add(step(first.plusDays(i / 45), i % 45 * 10, SURVEYOR, "无物业小区摸底排查，登记小区",
                    new RegisterCompoundCommand(c.id, c.grids.get(0).substring(0, 12), c.attributes,
                            Wgs84.toWkt(c.boundary), c.management, c.grids)));
        }
    }

    // ---------------------------------------------------------------- micro-grids, leaders, committees

    /**
     * 74 grids are divided into three micro-grids along their slot columns and
     * 226 into two, 674 in all; 60 of them get a third helper, 1,408 in all.
     */
    private void microGrids(List<DemoStep> steps) {
        List<Grid> order = new ArrayList<>(grids);
        Collections.shuffle(order, random);
        int threeWay = MICRO_GRIDS - 2 * grids.size();
        int extraHelpers = MICRO_GRID_HELPERS - 2 * MICRO_GRIDS;
        LocalDate day = settings.surveyMonth().atDay(1).plusMonths(1).plusDays(2);
        for (int i = 0; i < order.size(); i++) {
            Grid grid = order.get(i);
            int[] cuts = i < threeWay ? new int[] {0, 1, 2, 3} : random.nextBoolean() ? new int[] {0, 1, 3} : new int[] {0, 2, 3};
            List<MicroGrid> division = new ArrayList<>();
            for (int m = 0; m + 1 < cuts.length; m++) {
                int helpers = extraHelpers-- > 0 ? 3 : 2;
                division.add(new MicroGrid(grid.code() + String.format("%02d", m + 1),
                        "第" + DemoNames.ordinal(m) + "微网格",
                        Wgs84.toWkt(rectangle(grid.slotX() + cuts[m], grid.slotY(), cuts[m + 1] - cuts[m], SLOT_ROWS)),
                        names.people(helpers)));
            }
            steps.add(step(day.plusDays(i / 50), i % 50 * 8, GRID_OFFICE, "按院落布局划细微网格，配齐网格辅助员",
                    new RedrawMicroGridsCommand(grid.code(), division, null)));
        }
    }

    private void leadersAndCommittees(List<DemoStep> steps) {
        LocalDate day = settings.surveyMonth().atDay(1).plusMonths(1).plusDays(10);
        List<PlannedCompound> unmanaged = compounds.stream().filter(c -> c.group != Group.MANAGED).toList();
        for (int i = 0; i < unmanaged.size(); i++) {
            PlannedCompound c = unmanaged.get(i);
            steps.add(step(day.plusDays(i / 60), i % 60 * 6, SURVEYOR, "推选楼栋长、单元长（两长四员）",
                    new RecordCompoundLeadersCommand(c.id, c.buildingLeaders, c.unitLeaders, null)));
        }
        List<PlannedCompound> withCommittee = new ArrayList<>(unmanaged.stream()
                .filter(c -> c.group != Group.UNIT_DORMITORY).toList());
        Collections.shuffle(withCommittee, random);
        for (int i = 0; i < PROPERTY_MANAGEMENT_COMMITTEES; i++) {
            LocalDate formed = day.plusDays(5 + i / 30);
            steps.add(step(formed, i % 30 * 10 + 5, SURVEYOR, "社区党组织牵头，居民选举成立物管会",
                    new FormPropertyManagementCommitteeCommand(withCommittee.get(i).id, formed, null)));
        }
        List<PlannedCompound> estates = new ArrayList<>(compounds.stream()
                .filter(c -> c.group == Group.MANAGED && c.attributes.category() != CompoundCategory.OLD_COMPOUND).toList());
        Collections.shuffle(estates, random);
        for (int i = 0; i < OWNERS_COMMITTEES; i++) {
            LocalDate formed = LocalDate.of(2016 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28));
            steps.add(step(day.plusDays(i / 80), i % 80 * 4 + 2, SURVEYOR, "补录已成立的业主委员会",
                    new FormOwnersCommitteeCommand(estates.get(i).id, formed, null)));
        }
    }

    // ---------------------------------------------------------------- party organisations

    /**
     * 一小区多网格: a compound branch for each large compound spanning two grids,
     * and a party group in each of its grids. 一网格多小区: a grid branch for the
     * 78 grids holding the most unmanaged compounds, a group for every other grid
     * with unmanaged compounds, and courtyard groups until there are 192. Central
     * households come on top, in unmanaged compounds.
     */
    private void partyOrganisations(List<DemoStep> steps) {
        String district = settings.districtCode();
        List<FoundPartyOrganisationCommand> founded = new ArrayList<>();
        int next = 0;
        List<PlannedCompound> spanning = compounds.stream().filter(c -> c.group == Group.LARGE_CONTIGUOUS).toList();
        for (PlannedCompound c : spanning) {
            founded.add(organisation(next++, PartyOrganisationType.COMPOUND_BRANCH, c.name + "小区党支部",
                    between(3, 12), List.of(c.id), List.of()));
            for (String grid : c.grids) {
                founded.add(organisation(next++, PartyOrganisationType.PARTY_GROUP, c.name + "网格党小组（" + grid.substring(12) + "）",
                        between(1, 5), List.of(), List.of(grid)));
            }
        }
        Map<String, List<PlannedCompound>> unmanagedByGrid = new HashMap<>();
        compounds.stream().filter(c -> c.group != Group.MANAGED && c.group != Group.LARGE_CONTIGUOUS)
                .forEach(c -> unmanagedByGrid.computeIfAbsent(c.grids.get(0), g -> new ArrayList<>()).add(c));
        List<String> gridsByNeed = new ArrayList<>(unmanagedByGrid.keySet());
        gridsByNeed.sort(Comparator.comparing((String g) -> -unmanagedByGrid.get(g).size()).thenComparing(g -> g));
        for (String grid : gridsByNeed.subList(0, GRID_BRANCHES)) {
            founded.add(organisation(next++, PartyOrganisationType.GRID_BRANCH,
                    gridName(grid) + "网格党支部", between(3, 15), List.of(), List.of(grid)));
        }
        for (String grid : gridsByNeed.subList(GRID_BRANCHES, gridsByNeed.size())) {
            founded.add(organisation(next++, PartyOrganisationType.PARTY_GROUP, gridName(grid) + "楼院党小组",
                    between(1, 5), unmanagedByGrid.get(grid).stream().map(c -> c.id).toList(), List.of()));
        }
        List<PlannedCompound> courtyards = gridsByNeed.subList(0, GRID_BRANCHES).stream()
                .flatMap(g -> unmanagedByGrid.get(g).stream()).toList();
        int groups = (int) founded.stream().filter(o -> o.type() == PartyOrganisationType.PARTY_GROUP).count();
        if (groups > PARTY_GROUPS || courtyards.size() < PARTY_GROUPS - groups) {
            throw new IllegalStateException("the layout does not allow exactly " + PARTY_GROUPS + " party groups");
        }
        for (int i = 0; groups < PARTY_GROUPS; i++, groups++) {
            PlannedCompound c = courtyards.get(i);
            founded.add(organisation(next++, PartyOrganisationType.PARTY_GROUP, c.name + "楼栋党小组",
                    between(1, 4), List.of(c.id), List.of()));
        }
        List<PlannedCompound> households = new ArrayList<>(compounds.stream().filter(c -> c.group != Group.MANAGED).toList());
        Collections.shuffle(households, random);
        for (int i = 0; i < CENTRAL_HOUSEHOLDS; i++) {
            PlannedCompound c = households.get(i);
            founded.add(organisation(next++, PartyOrganisationType.CENTRAL_HOUSEHOLD, c.name + "党员中心户（"
                    + names.person() + "家）", 1, List.of(c.id), List.of()));
        }
        LocalDate day = settings.surveyMonth().atDay(1).plusMonths(1).plusDays(15);
        for (int i = 0; i < founded.size(); i++) {
            FoundPartyOrganisationCommand f = founded.get(i);
            LocalDate on = day.plusDays(i / 40);
            steps.add(step(on, i % 40 * 7, ORGANISATION_DEPARTMENT, "小区（网格）党组织建设全覆盖",
                    new FoundPartyOrganisationCommand(f.organisationId(), district, f.type(), f.name(), f.fullMembers(),
                            on, f.compoundIds(), f.gridCodes())));
        }
    }

    private FoundPartyOrganisationCommand organisation(int index, PartyOrganisationType type, String name, int members,
                                                       List<String> compoundIds, List<String> gridCodes) {
        return new FoundPartyOrganisationCommand(settings.districtCode() + "-P" + String.format("%03d", index),
                settings.districtCode(), type, name, members, null, compoundIds, gridCodes);
    }

    private String gridName(String gridCode) {
        return communityNames.get(gridCode.substring(0, 12)) + "第" + DemoNames.ordinal(Integer.parseInt(gridCode.substring(12)) - 1);
    }

    // ---------------------------------------------------------------- the campaign

    private List<DemoStep> launch(String campaignId) {
        LocalDate launched = launchDay();
        List<DemoStep> steps = new ArrayList<>();
        steps.add(step(launched, 0, TASK_FORCE, "区委书记领办，启动无物业小区清零行动",
                new LaunchCampaignCommand(campaignId, settings.districtCode(), settings.districtName().replace("（演示数据）", "")
                        + "无物业小区清零行动", launched.plusMonths(12), List.of(
                        new Milestone(launched.plusMonths(4), 200, "首批清零"),
                        new Milestone(launched.plusMonths(8), 60, "攻坚"),
                        new Milestone(launched.plusMonths(12), 0, "全面清零")))));
        List<PlannedCompound> unmanaged = compounds.stream().filter(c -> c.group != Group.MANAGED).toList();
        for (int i = 0; i < unmanaged.size(); i++) {
            PlannedCompound c = unmanaged.get(i);
            // 一区一策 is decided at the launch meeting: the baseline's strategies are the launch day's.
            ClearanceStrategy strategy = c.group.strategy;
            LocalDate planned = launched.plusMonths(switch (strategy) {
                case BASIC_FALLBACK -> 3;
                case RED_PROPERTY_ENTERPRISE -> 4;
                case ORIGINAL_EMPLOYER -> 6;
                case SUBSIDISED_TRANSITION -> 7;
            });
            steps.add(step(launched, 30 + i, TASK_FORCE, "一区一策",
                    new AssignClearanceStrategyCommand(c.id, strategy, planned,
                            strategy.isSubsidised() ? new Subsidy(SUBSIDY_RATE, SUBSIDY_MONTHS) : null, null)));
        }
        return steps;
    }

    private LocalDate launchDay() {
        return settings.surveyMonth().plusMonths(2).atDay(8);
    }

    /**
     * Eight monthly rounds of clearances. A subsidised compound serves first,
     * consults its owners three months on and charges after the six months of
     * subsidy, unless the owners will not pay: then the company leaves.
     */
    private List<DemoStep> progress() {
        Map<ClearanceStrategy, List<PlannedCompound>> byStrategy = new EnumMap<>(ClearanceStrategy.class);
        compounds.stream().filter(c -> c.group != Group.MANAGED)
                .forEach(c -> byStrategy.computeIfAbsent(c.group.strategy, s -> new ArrayList<>()).add(c));
        byStrategy.values().forEach(list -> Collections.shuffle(list, random));
        List<DemoStep> steps = new ArrayList<>();
        YearMonth launchMonth = YearMonth.from(launchDay());
        int relapsesLeft = RELAPSES;
        for (ClearanceStrategy strategy : ClearanceStrategy.values()) {
            int[] perMonth = CLEARANCES.get(strategy);
            int taken = 0;
            for (int month = 0; month < PROGRESS_MONTHS; month++) {
                YearMonth when = launchMonth.plusMonths(month + 1);
                for (int i = 0; i < perMonth[month]; i++) {
                    PlannedCompound c = byStrategy.get(strategy).get(taken++);
                    LocalDate day = when.atDay(3 + random.nextInt(22));
                    Management managed = cleared(strategy, c, day);
                    steps.add(step(day, random.nextInt(480), TASK_FORCE, reasonFor(strategy),
                            new ChangeManagementCommand(c.id, managed, null)));
                    if (strategy.isSubsidised()) {
                        relapsesLeft = subsidyCourse(steps, c, managed, when, day, relapsesLeft);
                    }
                }
            }
        }
        return steps;
    }

    private int subsidyCourse(List<DemoStep> steps, PlannedCompound c, Management serving, YearMonth clearedIn,
                              LocalDate clearedOn, int relapsesLeft) {
        YearMonth last = YearMonth.from(launchDay()).plusMonths(PROGRESS_MONTHS);
        YearMonth consulting = clearedIn.plusMonths(3);
        if (consulting.isAfter(last)) {
            return relapsesLeft;
        }
        LocalDate consultedOn = consulting.atDay(Math.min(clearedOn.getDayOfMonth(), 28));
        steps.add(step(consultedOn, random.nextInt(480), TASK_FORCE, "先服务、再征求：征求业主收费意见",
                new ChangeManagementCommand(c.id, new Management(serving.mode(), serving.provider(), consultedOn,
                        FeeStance.CONSULTING_OWNERS), null)));
        YearMonth ended = clearedIn.plusMonths(SUBSIDY_MONTHS);
        if (ended.isAfter(last)) {
            return relapsesLeft;
        }
        LocalDate endedOn = ended.atDay(Math.min(clearedOn.getDayOfMonth(), 28));
        if (relapsesLeft > 0) {
            steps.add(step(endedOn, random.nextInt(480), TASK_FORCE, "补贴期满后业主拒缴物业费，企业撤出",
                    new ChangeManagementCommand(c.id, Management.unmanaged(endedOn), null)));
            return relapsesLeft - 1;
        }
        steps.add(step(endedOn, random.nextInt(480), TASK_FORCE, "补贴期满，业主同意后收费",
                new ChangeManagementCommand(c.id, new Management(serving.mode(), serving.provider(), endedOn,
                        FeeStance.CHARGING), null)));
        return relapsesLeft;
    }

    private Management cleared(ClearanceStrategy strategy, PlannedCompound c, LocalDate day) {
        return switch (strategy) {
            case RED_PROPERTY_ENTERPRISE -> new Management(ManagementMode.RED_PROPERTY_ENTERPRISE,
                    names.pick(DemoNames.RED_ENTERPRISES), day, FeeStance.SERVE_FIRST);
            case ORIGINAL_EMPLOYER -> new Management(ManagementMode.ORIGINAL_EMPLOYER, c.employer + "物业管理处", day,
                    FeeStance.CONSULTING_OWNERS);
            case SUBSIDISED_TRANSITION -> new Management(ManagementMode.MARKET_COMPANY,
                    names.pick(DemoNames.MARKET_COMPANIES), day, FeeStance.SERVE_FIRST);
            case BASIC_FALLBACK -> new Management(ManagementMode.BASIC_FALLBACK, DemoNames.FALLBACK_PROVIDER, day,
                    FeeStance.SERVE_FIRST);
        };
    }

    private static String reasonFor(ClearanceStrategy strategy) {
        return switch (strategy) {
            case RED_PROPERTY_ENTERPRISE -> "红色物业企业帮建代管入驻";
            case ORIGINAL_EMPLOYER -> "原单位物业点对点协建";
            case SUBSIDISED_TRANSITION -> "过渡补贴期物业企业入驻，先服务";
            case BASIC_FALLBACK -> "党员+环卫兜底服务启动";
        };
    }

    // ---------------------------------------------------------------- geometry and time

    private Grid gridOf(String community, int index) {
        String code = community + String.format("%03d", index + 1);
        return grids.stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
    }

    /** A rectangle of whole slots, from slot (x, y), {@code width} × {@code height} slots. */
    private Polygon rectangle(int x, int y, int width, int height) {
        double west = lon(x);
        double east = lon(x + width);
        double south = lat(y);
        double north = lat(y + height);
        return Wgs84.FACTORY.createPolygon(new Coordinate[] {
                new Coordinate(west, south), new Coordinate(east, south), new Coordinate(east, north),
                new Coordinate(west, north), new Coordinate(west, south)});
    }

    /**
     * A compound inside the {@code slots} slots from (x, y): a rectangle of a
     * random share of them, turned by a few degrees, never reaching a neighbour.
     */
    private Polygon compoundIn(int x, int y, int slots, double minShare, double maxShare, int maxDegrees) {
        double width = slots * SLOT_WIDTH * (minShare + (maxShare - minShare) * random.nextDouble());
        double height = SLOT_HEIGHT * (minShare + (maxShare - minShare) * random.nextDouble());
        double centreX = settings.west() + (x + slots / 2.0) * SLOT_WIDTH;
        double centreY = settings.south() + (y + 0.5) * SLOT_HEIGHT;
        double angle = Math.toRadians(-maxDegrees + 2 * maxDegrees * random.nextDouble());
        double[][] corners = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}, {-1, -1}};
        Coordinate[] ring = new Coordinate[corners.length];
        for (int i = 0; i < corners.length; i++) {
            double dx = corners[i][0] * width / 2;
            double dy = corners[i][1] * height / 2;
            ring[i] = new Coordinate(Wgs84.PRECISION.makePrecise(centreX + dx * Math.cos(angle) - dy * Math.sin(angle)),
                    Wgs84.PRECISION.makePrecise(centreY + dx * Math.sin(angle) + dy * Math.cos(angle)));
        }
        return Wgs84.FACTORY.createPolygon(ring);
    }

    private double lon(int slots) {
        return Wgs84.PRECISION.makePrecise(settings.west() + slots * SLOT_WIDTH);
    }

    private double lat(int slots) {
        return Wgs84.PRECISION.makePrecise(settings.south() + slots * SLOT_HEIGHT);
    }

    private String compoundId(int index) {
        return settings.districtCode() + "-C" + String.format(Locale.ROOT, "%04d", index + 1);
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** Office hours: 09:00 plus {@code minute}, Beijing time. */
    private static DemoStep step(LocalDate day, int minute, String user, String reason, Object command) {
        Instant at = day.atTime(LocalTime.of(9, 0)).plusMinutes(minute).atZone(OFFICE).toInstant();
        return new DemoStep(at, user, reason, command);
    }

    private static List<DemoStep> sorted(List<DemoStep> steps) {
        List<DemoStep> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparing(DemoStep::at));
        return sorted;
    }
}
