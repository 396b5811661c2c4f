package org.gridatlas.query.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridatlas.query.campaign.CampaignLedger.Row;
import org.gridatlas.query.system.OfficeDates;

/**
 * What a ledger file holds: which campaign and area, as of when, generated
 * when, and the rows; the summary by sub-district is added up from the rows,
 * so the two sheets cannot disagree.
 */
record LedgerContents(String campaignId, String campaignName, String areaCode, String areaName,
                      List<String> restrictedTo, Instant asOf, Instant generatedAt, List<Row> rows) {

    private static final DateTimeFormatter BEIJING_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(OfficeDates.OFFICE_ZONE);

    /**
     * One sub-district's figures (or the total's, with a null code): the
     * baseline compounds, how many are managed as of the date, how many
     * relapses they had since launch, and how many are unmanaged.
     */
    record Figures(String subDistrictCode, String subDistrictName, int baseline, int cleared, int relapses,
                   int stillUnmanaged) {

        /** Cleared of the baseline, 0 to 1; 1 for an empty baseline, as the map's progress bar counts it. */
        double clearanceRate() {
            return baseline == 0 ? 1 : (double) cleared / baseline;
        }

        Figures plus(Row row) {
            return new Figures(subDistrictCode, subDistrictName, baseline + 1, cleared + (row.unmanaged() ? 0 : 1),
                    relapses + row.relapses(), stillUnmanaged + (row.unmanaged() ? 1 : 0));
        }
    }

    LedgerContents {
        restrictedTo = restrictedTo == null ? null : List.copyOf(restrictedTo);
        rows = List.copyOf(rows);
    }

    /** Each sub-district with baseline compounds, in code order. */
    List<Figures> bySubDistrict() {
        Map<String, Figures> figures = new LinkedHashMap<>();
        for (Row row : rows) {
            figures.compute(row.subDistrictCode(), (code, f) -> (f == null
                    ? new Figures(code, row.subDistrictName(), 0, 0, 0, 0) : f).plus(row));
        }
        return new ArrayList<>(figures.values());
    }

    Figures total() {
        Figures total = new Figures(null, "合计", 0, 0, 0, 0);
        for (Row row : rows) {
            total = total.plus(row);
        }
        return total;
    }

    String title() {
        return areaName + " " + campaignName + " 台账";
    }

    /** The as-of instant, when it was made and whose part it holds, in Beijing time. */
    String subtitle() {
        return "截至 " + BEIJING_TIME.format(asOf) + "（北京时间）　生成于 " + BEIJING_TIME.format(generatedAt) + "（北京时间）"
                + (restrictedTo == null ? "" : "　仅含您辖区内的小区（" + String.join("、", restrictedTo) + "）");
    }

    LocalDate asOfDay() {
        return OfficeDates.dayOf(asOf);
    }

    /** 台账-小店区无物业小区清零行动-140105-2026-09-01.xlsx */
    String fileName(String extension) {
        return "台账-" + campaignName + "-" + areaCode + "-" + asOfDay() + "." + extension;
    }
}
