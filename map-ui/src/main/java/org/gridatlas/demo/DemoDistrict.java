package org.gridatlas.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.gridatlas.geodata.geometry.Wgs84;
import org.gridatlas.messages.compound.ManagementMode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Lays out a made-up district south of Taiyuan: sub-districts in a 2 × 2 block,
 * three communities each, two grids per community and a lattice of compounds
 * per grid. The same seed gives the same district, so demos and tests agree.
 */
final class DemoDistrict {

    /** South-west corner of the district, near the real 小店区. */
    static final double WEST = 112.52;
    static final double SOUTH = 37.72;
    static final double GRID_WIDTH = 0.008;
    static final double GRID_HEIGHT = 0.006;
    static final int SUB_DISTRICTS = 4;
    static final int COMMUNITIES_PER_SUB_DISTRICT = 3;
    static final int GRIDS_PER_COMMUNITY = 2;
    static final int COMPOUNDS_PER_GRID = 8;
    /** Slots per grid side; one slot of the 3 × 3 lattice stays empty (a school, a market). */
    private static final int SLOTS = 3;

    private static final String[] SUB_DISTRICT_NAMES = {"长风街道", "学府街道", "汾河街道", "晋阳街道"};
    private static final String[] NAME_STEMS = {"锦绣", "阳光", "和平", "幸福", "康乐", "丽景", "翠苑", "滨河",
            "长青", "学府", "青年", "财经", "建设", "电力", "铁路", "化工", "纺织", "机械", "春晖", "金桥"};
    private static final String[] NAME_ENDINGS = {"小区", "花园", "苑", "家园", "新村", "宿舍", "公寓", "里"};
    /** Roughly the mix a district reports before its campaign: a quarter unmanaged. */
    private static final ManagementMode[] MODE_MIX = weighted(
            ManagementMode.UNMANAGED, 26, ManagementMode.MARKET_COMPANY, 35, ManagementMode.STATE_OWNED_FALLBACK, 8,
            ManagementMode.RED_PROPERTY_ENTERPRISE, 6, ManagementMode.ORIGINAL_EMPLOYER, 7,
            ManagementMode.COMMUNITY_TRUSTEESHIP, 5, ManagementMode.SOCIAL_ORGANISATION, 3,
            ManagementMode.RESIDENT_SELF_MANAGEMENT, 5, ManagementMode.SHARED_PROPERTY_SOCIETY, 2,
            ManagementMode.BASIC_FALLBACK, 3);

    record Compound(String name, String subDistrict, Polygon boundary, int households, ManagementMode mode) {
    }

    private DemoDistrict() {
    }

    static List<Compound> compounds(long seed) {
        Random random = new Random(seed);
        List<Compound> compounds = new ArrayList<>();
        int gridsAcross = COMMUNITIES_PER_SUB_DISTRICT;
        int gridsDown = GRIDS_PER_COMMUNITY;
        for (int s = 0; s < SUB_DISTRICTS; s++) {
            double subWest = WEST + (s % 2) * gridsAcross * GRID_WIDTH * 1.05;
            double subSouth = SOUTH + (s / 2) * gridsDown * GRID_HEIGHT * 1.05;
            for (int c = 0; c < COMMUNITIES_PER_SUB_DISTRICT; c++) {
                for (int g = 0; g < GRIDS_PER_COMMUNITY; g++) {
                    double gridWest = subWest + c * GRID_WIDTH;
                    double gridSouth = subSouth + g * GRID_HEIGHT;
                    int empty = random.nextInt(SLOTS * SLOTS);
                    for (int slot = 0; slot < SLOTS * SLOTS; slot++) {
                        if (slot == empty) {
                            continue;
                        }
                        compounds.add(compound(random, compounds.size(), SUB_DISTRICT_NAMES[s],
                                gridWest + (slot % SLOTS) * GRID_WIDTH / SLOTS,
                                gridSouth + (slot / SLOTS) * GRID_HEIGHT / SLOTS));
                    }
                }
            }
        }
        return compounds;
    }

    private static Compound compound(Random random, int index, String subDistrict, double slotWest, double slotSouth) {
        double slotWidth = GRID_WIDTH / SLOTS;
        double slotHeight = GRID_HEIGHT / SLOTS;
        // 55–75 % of the slot, turned by up to ±8°, always inside the slot: compounds never overlap.
        double width = slotWidth * (0.55 + 0.2 * random.nextDouble());
        double height = slotHeight * (0.55 + 0.2 * random.nextDouble());
        double centreX = slotWest + slotWidth / 2;
        double centreY = slotSouth + slotHeight / 2;
        double angle = Math.toRadians(-8 + 16 * random.nextDouble());
        double[][] corners = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}, {-1, -1}};
        Coordinate[] ring = new Coordinate[corners.length];
        for (int i = 0; i < corners.length; i++) {
            double dx = corners[i][0] * width / 2;
            double dy = corners[i][1] * height / 2;
            ring[i] = new Coordinate(
                    Wgs84.PRECISION.makePrecise(centreX + dx * Math.cos(angle) - dy * Math.sin(angle)),
                    Wgs84.PRECISION.makePrecise(centreY + dx * Math.sin(angle) + dy * Math.cos(angle)));
        }
        Polygon boundary = Wgs84.FACTORY.createPolygon(ring);
        String name = NAME_STEMS[index % NAME_STEMS.length] + NAME_ENDINGS[(index / NAME_STEMS.length) % NAME_ENDINGS.length];
        if (index >= NAME_STEMS.length * NAME_ENDINGS.length) {
            name = name + (index / (NAME_STEMS.length * NAME_ENDINGS.length) + 1) + "区";
        }
        int households = 40 + random.nextInt(560);
        ManagementMode mode = MODE_MIX[random.nextInt(MODE_MIX.length)];
        return new Compound(name, subDistrict, boundary, households, mode);
    }

    private static ManagementMode[] weighted(Object... modesAndWeights) {
        List<ManagementMode> pool = new ArrayList<>();
        for (int i = 0; i < modesAndWeights.length; i += 2) {
            for (int w = 0; w < (Integer) modesAndWeights[i + 1]; w++) {
                pool.add((ManagementMode) modesAndWeights[i]);
            }
        }
        return pool.toArray(ManagementMode[]::new);
    }
}
