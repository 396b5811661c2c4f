package org.gridatlas.query.campaign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the ledger as an .xlsx workbook (Apache POI): sheet 台账 with a
 * row per baseline compound, sheet 汇总 by sub-district with a total. Each
 * sheet opens with the title and the as-of line, then a frozen header row
 * with an autofilter. The rows are streamed (SXSSF keeps 200 in memory), so
 * a city's 100,000 compounds do not hold the whole sheet as objects.
 */
final class LedgerWorkbookWriter implements AutoCloseable {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String LEDGER_SHEET = "台账";
    static final String SUMMARY_SHEET = "汇总";
    /** Title, as-of line, header: the data start on the fourth row. */
    static final int HEADER_ROW = 2;

    private static final String[] SUMMARY_HEADERS = {"街道", "基线无物业小区", "已清零", "反弹次数", "仍无物业", "清零率"};
    private static final int[] SUMMARY_WIDTHS = {18, 16, 10, 10, 10, 10};

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle money;
    private final CellStyle percent;
    private final CellStyle totals;
    private final CellStyle totalsPercent;

    private LedgerWorkbookWriter() {
        short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
        title = workbook.createCellStyle();
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title.setFont(big);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        date = workbook.createCellStyle();
        date.setDataFormat(dateFormat);
        money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        totals = workbook.createCellStyle();
        totals.setFont(bold);
        totalsPercent = workbook.createCellStyle();
        totalsPercent.cloneStyleFrom(percent);
        totalsPercent.setFont(bold);
    }

    static byte[] write(LedgerContents contents) {
        try (LedgerWorkbookWriter writer = new LedgerWorkbookWriter().properties(contents)) {
            writer.ledger(contents);
            writer.summary(contents);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            writer.workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Title, subject and the as-of instant in the file's properties, for whoever files it. */
    private LedgerWorkbookWriter properties(LedgerContents contents) {
        POIXMLProperties properties = workbook.getXSSFWorkbook().getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(contents.title());
        core.setSubjectProperty(contents.campaignName());
        core.setDescription(contents.subtitle());
        core.setCreator("GridAtlas");
        core.setCreated(Optional.of(Date.from(contents.generatedAt())));
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        custom.addProperty("campaignId", contents.campaignId());
        custom.addProperty("areaCode", contents.areaCode());
        custom.addProperty("asOf", contents.asOf().toString());
        custom.addProperty("generatedAt", contents.generatedAt().toString());
        return this;
    }

    private void ledger(LedgerContents contents) {
        LedgerColumn[] columns = LedgerColumn.values();
        Sheet sheet = sheet(LEDGER_SHEET, contents, columns.length);
        Row head = sheet.createRow(HEADER_ROW);
        for (LedgerColumn column : columns) {
            text(head, column.ordinal(), column.header).setCellStyle(header);
            sheet.setColumnWidth(column.ordinal(), column.width * 256);
        }
        int r = HEADER_ROW + 1;
        for (CampaignLedger.Row row : contents.rows()) {
            Row line = sheet.createRow(r++);
            for (LedgerColumn column : columns) {
                Object value = column.of(row);
                if (value != null) {
                    cell(line, column.ordinal(), column.kind, value);
                }
            }
        }
        filterAndFreeze(sheet, r - 1, columns.length);
    }

    private void summary(LedgerContents contents) {
        Sheet sheet = sheet(SUMMARY_SHEET, contents, SUMMARY_HEADERS.length);
        Row head = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < SUMMARY_HEADERS.length; c++) {
            text(head, c, SUMMARY_HEADERS[c]).setCellStyle(header);
            sheet.setColumnWidth(c, SUMMARY_WIDTHS[c] * 256);
        }
        int r = HEADER_ROW + 1;
        for (LedgerContents.Figures figures : contents.bySubDistrict()) {
            figures(sheet.createRow(r++), figures, null, percent);
        }
        figures(sheet.createRow(r), contents.total(), totals, totalsPercent);
        filterAndFreeze(sheet, r - 1, SUMMARY_HEADERS.length);
    }

    private void figures(Row row, LedgerContents.Figures f, CellStyle style, CellStyle rateStyle) {
        List<Cell> cells = List.of(text(row, 0, f.subDistrictName() == null ? f.subDistrictCode() : f.subDistrictName()),
                number(row, 1, f.baseline()), number(row, 2, f.cleared()), number(row, 3, f.relapses()),
                number(row, 4, f.stillUnmanaged()));
        if (style != null) {
            cells.forEach(c -> c.setCellStyle(style));
        }
        Cell rate = row.createCell(5);
        rate.setCellValue(f.clearanceRate());
        rate.setCellStyle(rateStyle);
    }

    /** A sheet opening with the title and the as-of line, each across the sheet's columns. */
    private Sheet sheet(String name, LedgerContents contents, int width) {
        Sheet sheet = workbook.createSheet(name);
        Row first = sheet.createRow(0);
        first.setHeightInPoints(22);
        text(first, 0, contents.title()).setCellStyle(title);
        text(sheet.createRow(1), 0, contents.subtitle());
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, width - 1));
        return sheet;
    }

    /** The autofilter over the header and the rows up to {@code lastRow}; rows above the data stay in view. */
    private static void filterAndFreeze(Sheet sheet, int lastRow, int width) {
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(lastRow, HEADER_ROW), 0, width - 1));
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    private void cell(Row row, int column, LedgerColumn.Kind kind, Object value) {
        Cell cell = row.createCell(column);
        switch (kind) {
            case TEXT -> cell.setCellValue((String) value);
            case WHOLE -> cell.setCellValue(((Integer) value).doubleValue());
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(date);
            }
            case MONEY -> {
                cell.setCellValue(((BigDecimal) value).doubleValue());
                cell.setCellStyle(money);
            }
        }
    }

    private static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }

    private static Cell number(Row row, int column, int value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }

    /** Removes the temporary files the streamed rows went to. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
