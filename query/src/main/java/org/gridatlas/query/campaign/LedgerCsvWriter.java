package org.gridatlas.query.campaign;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Writes the ledger sheet's rows as CSV (RFC 4180: comma-separated, CRLF,
 * a field holding a comma, quote or line break in quotes with quotes
 * doubled), in UTF-8 with a byte order mark, which is how Excel knows the
 * file is UTF-8 and shows the Chinese. Only the header and the rows: a title
 * line would break every CSV reader, so the file name says as of when.
 */
final class LedgerCsvWriter {

    static final String CONTENT_TYPE = "text/csv;charset=UTF-8";
    private static final String BOM = "\uFEFF";

    private LedgerCsvWriter() {
    }

    static byte[] write(LedgerContents contents) {
        StringBuilder csv = new StringBuilder(BOM);
        LedgerColumn[] columns = LedgerColumn.values();
        for (LedgerColumn column : columns) {
            field(csv, column.ordinal(), column.header);
        }
        csv.append("\r\n");
        for (CampaignLedger.Row row : contents.rows()) {
            for (LedgerColumn column : columns) {
                Object value = column.of(row);
                field(csv, column.ordinal(), value == null ? "" : text(column.kind, value));
            }
            csv.append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(LedgerColumn.Kind kind, Object value) {
        return switch (kind) {
            case MONEY -> ((BigDecimal) value).toPlainString();
            case TEXT -> spreadsheetSafe((String) value);
            case WHOLE, DATE -> value.toString();
        };
    }

    /**
     * Text a person typed that begins like a formula (=, +, -, @) gets a
     * leading apostrophe, so a spreadsheet opening the file shows it instead
     * of computing it (OWASP's advice on CSV injection).
     */
    private static String spreadsheetSafe(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static void field(StringBuilder csv, int index, String value) {
        if (index > 0) {
            csv.append(',');
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            csv.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            csv.append(value);
        }
    }
}
