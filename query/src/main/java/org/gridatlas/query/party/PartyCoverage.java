package org.gridatlas.query.party;

/** What it means for a compound or a grid to be covered by the party organisation, in SQL. */
public final class PartyCoverage {

    private static final String ORGANISATIONS_OF_DISTRICT = " AND p.district_code = :district";

    private static final String COMPOUND_COVERED_BY = """
            (c.compound_id IN (SELECT unnest(p.compound_ids) FROM readmodel.party_organisation p
                               WHERE p.dissolved_on IS NULL%1$s)
             OR c.grid_codes && (SELECT coalesce(array_agg(g), '{}') FROM readmodel.party_organisation p,
                                        unnest(p.grid_codes) g WHERE p.dissolved_on IS NULL%1$s))""";

    private static final String GRID_COVERED_BY = """
            (g.grid_code IN (SELECT unnest(p.grid_codes) FROM readmodel.party_organisation p
                             WHERE p.dissolved_on IS NULL%1$s))""";

    /**
     * True for compound {@code c} when an active organisation names it or one of
     * the grids it lies in. Written without correlation so PostgreSQL hashes the
     * covered compounds once per query: a correlated EXISTS cost 100 ms for a
     * district's 1,157 compounds, this about 4 ms.
     */
    public static final String COMPOUND_COVERED = COMPOUND_COVERED_BY.formatted("");

    /**
     * The same for compounds of the district {@code :district}, asking only its
     * own organisations, which by their rules cover nothing elsewhere. The grid
     * test ({@code &&}) compares each compound's grids with every covered grid
     * in the array: with the organisations of 81 districts in it, a
     * 10,000-compound district's coverage took 340 ms, with its own 25 ms
     * (bench/statistics.sh).
     */
    public static final String COMPOUND_COVERED_IN_DISTRICT = COMPOUND_COVERED_BY.formatted(ORGANISATIONS_OF_DISTRICT);

    /**
     * True for grid {@code g} when an active organisation names it; hashed
     * once per query like {@link #COMPOUND_COVERED}, so the grid layer and the
     * statistics count the same grids.
     */
    public static final String GRID_COVERED = GRID_COVERED_BY.formatted("");

    /** The same for grids of the district {@code :district}, asking only its own organisations. */
    public static final String GRID_COVERED_IN_DISTRICT = GRID_COVERED_BY.formatted(ORGANISATIONS_OF_DISTRICT);

    private PartyCoverage() {
    }
}
