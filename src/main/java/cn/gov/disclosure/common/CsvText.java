package cn.gov.disclosure.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * CSV as offices open it (RFC 4180: quoted fields, CRLF) and read back. Text a spreadsheet would
 * take for a formula is written with a leading apostrophe, as OWASP advises against CSV injection,
 * and read back without it.
 */
public final class CsvText {

    /** The characters that make a spreadsheet take a cell for a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvText() {
    }

    /** One cell, quoted where it must be. */
    public static String field(String value) {
        String text = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** One line of cells (null as empty), ended by CRLF. */
    public static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(i == 0 ? "" : ",").append(cells.get(i) == null ? "" : field(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /**
     * The records of a CSV text (without its byte order mark), each a list of cells; quoted
     * fields may hold commas, quotes and line breaks. A cell written with the apostrophe that
     * kept it from being a formula is read without it. Each record goes to {@code each} as it is
     * read, so a long text is never held as records.
     */
    public static void records(String text, Consumer<List<String>> each) {
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
                wasQuoted = true;
            } else if (ch == ',') {
                record.add(unprotected(cell.toString()));
                cell.setLength(0);
                wasQuoted = false;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(unprotected(cell.toString()));
                each.accept(record);
                record = new ArrayList<>();
                cell.setLength(0);
                wasQuoted = false;
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || wasQuoted || !record.isEmpty()) {
            record.add(unprotected(cell.toString()));
            each.accept(record);
        }
    }

    private static String unprotected(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }
}
