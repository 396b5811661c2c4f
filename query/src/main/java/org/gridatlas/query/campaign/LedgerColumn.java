package org.gridatlas.query.campaign;

import java.util.function.Function;
import java.util.stream.Collectors;

import org.gridatlas.query.campaign.CampaignLedger.Change;
import org.gridatlas.query.campaign.CampaignLedger.Row;

/**
 * The columns of the ledger sheet and of its CSV, in order: the Chinese
 * header, the width in Latin characters (a Chinese character takes two), the
 * kind of cell and how a row fills it.
 */
enum LedgerColumn {
    SUB_DISTRICT("街道", 16, Kind.TEXT, Row::subDistrictName),
    COMMUNITY("社区", 16, Kind.TEXT, Row::communityName),
    COMPOUND_CODE("小区编号", 16, Kind.TEXT, Row::compoundId),
    COMPOUND_NAME("小区名称", 24, Kind.TEXT, Row::name),
    ADDRESS("地址", 30, Kind.TEXT, Row::address),
    HOUSEHOLDS("户数", 8, Kind.WHOLE, Row::households),
    STRATEGY("清零策略", 24, Kind.TEXT, r -> LedgerWords.strategy(r.strategy())),
    PLANNED_DATE("计划清零日期", 14, Kind.DATE, Row::plannedDate),
    MODE("管理方式", 22, Kind.TEXT, r -> LedgerWords.mode(r.mode())),
    PROVIDER("物业服务主体", 26, Kind.TEXT, Row::provider),
    CLEARED_ON("清零日期", 12, Kind.DATE, Row::clearedOn),
    RELAPSED_ON("反弹日期", 12, Kind.DATE, Row::relapsedOn),
    RELAPSES("反弹次数", 10, Kind.WHOLE, Row::relapses),
    CHANGES("变更记录", 60, Kind.TEXT, LedgerColumn::changes),
    BODIES("登记服务主体", 28, Kind.TEXT, Row::bodies),
    PARTY_BRANCHES("责任党组织", 30, Kind.TEXT, Row::partyBranches),
    LAST_RECORDED_BY("最后变更记录人", 22, Kind.TEXT, Row::lastRecordedBy),
    SUBSIDY("补贴承诺（元）", 16, Kind.MONEY, Row::subsidyCommitment);

    /** Text, a whole number, an office date or an amount in yuan with two decimals. */
    enum Kind { TEXT, WHOLE, DATE, MONEY }

    final String header;
    final int width;
    final Kind kind;
    private final Function<Row, Object> value;

    LedgerColumn(String header, int width, Kind kind, Function<Row, Object> value) {
        this.header = header;
        this.width = width;
        this.kind = kind;
        this.value = value;
    }

    /** The row's value: a String, Integer, LocalDate or BigDecimal by {@link #kind}, or null when empty. */
    Object of(Row row) {
        return value.apply(row);
    }

    /** "2026-04-12 清零：红色物业企业帮建代管（晋阳物业）；2026-10-02 反弹：无物业", oldest first. */
    private static String changes(Row row) {
        return row.changes().isEmpty() ? null
                : row.changes().stream().map(LedgerColumn::change).collect(Collectors.joining("；"));
    }

    private static String change(Change c) {
        return c.on() + " " + LedgerWords.transition(c.transition()) + "：" + LedgerWords.mode(c.mode())
                + (c.provider() == null ? "" : "（" + c.provider() + "）");
    }
}
