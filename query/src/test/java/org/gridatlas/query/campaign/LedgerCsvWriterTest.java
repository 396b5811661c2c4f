package org.gridatlas.query.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class LedgerCsvWriterTest {

    private static final CampaignLedger.Row ROW = new CampaignLedger.Row("140105001", "坞城街道", "坞城社区", "c-1",
            "名\"苑\",东区", "太原市\r\n坞城路1号", 120, "SUBSIDISED_TRANSITION", LocalDate.of(2026, 10, 8), "MARKET_COMPANY",
            "=HYPERLINK(\"x\")", LocalDate.of(2026, 5, 3), null, 0,
            List.of(new CampaignLedger.Change(LocalDate.of(2026, 5, 3), "CLEARED", "MARKET_COMPANY", "晋阳物业")),
            null, "坞城社区党支部", "wang", new BigDecimal("12345.60"));

    private static String csv(CampaignLedger.Row... rows) {
        LedgerContents contents = new LedgerContents("k", "清零行动", "140105", "小店区", null,
                Instant.parse("2026-09-01T15:59:59.999999Z"), Instant.parse("2026-12-02T00:00:00Z"), List.of(rows));
        return new String(LedgerCsvWriter.write(contents), StandardCharsets.UTF_8);
    }

    @Test
    void startsWithTheByteOrderMarkAndTheChineseHeaderAndEndsLinesWithCrLf() {
        String csv = csv();
        assertThat(csv).startsWith("\uFEFF街道,社区,小区编号,小区名称,地址,户数,清零策略,计划清零日期,管理方式,");
        assertThat(csv).endsWith("补贴承诺（元）\r\n");
    }

    @Test
    void quotesFieldsHoldingCommasQuotesOrLineBreaksAndDisarmsFormulas() {
        String line = csv(ROW).split("\r\n", 2)[1];
        assertThat(line).startsWith("坞城街道,坞城社区,c-1,\"名\"\"苑\"\",东区\",\"太原市\r\n坞城路1号\",120,过渡补贴（先服务后收费）,2026-10-08,"
                + "专业物业公司,\"'=HYPERLINK(\"\"x\"\")\",2026-05-03,,0,2026-05-03 清零：专业物业公司（晋阳物业）,,坞城社区党支部,wang,12345.60");
    }
}
