package cn.gov.disclosure.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import cn.gov.disclosure.common.CsvText;

/**
 * Ledgers as files: an Excel workbook (its sheets read as a stream of rows, so a large one is never
 * held as a workbook) or the first sheet alone as CSV (UTF-8, with or without its byte order mark),
 * and written back in the same layout.
 */
final class LedgerFiles {

    /** One row of a sheet: its number as the spreadsheet shows it, its cells by header. */
    record RawRow(int number, Map<String, String> cells) {
    }

    /** A sheet read: its headers in their order and its rows that hold anything. */
    record RawSheet(List<String> headers, List<RawRow> rows) {
    }

    /** The file is neither a workbook nor text. */
    static final class Unreadable extends Exception {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private LedgerFiles() {
    }

    /** The sheets of a ledger by name; a CSV file is sheet 申请. */
    static Map<String, RawSheet> read(byte[] file) throws Unreadable {
        if (file.length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4) {
            return workbook(file);
        }
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.contains("\uFFFD")) {
            throw new Unreadable("not UTF-8", null);
        }
        List<List<String>> records = CsvText.records(text.startsWith("\uFEFF") ? text.substring(1) : text);
        Map<String, RawSheet> sheets = new LinkedHashMap<>();
        sheets.put(LedgerLayout.APPLICATIONS, sheet(records));
        return sheets;
    }

    private static RawSheet sheet(List<List<String>> records) {
        List<String> headers = records.isEmpty() ? List.of() : records.get(0).stream().map(String::trim).toList();
        List<RawRow> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            Map<String, String> cells = new HashMap<>();
            for (int c = 0; c < Math.min(headers.size(), record.size()); c++) {
                String value = record.get(c).trim();
                if (!value.isEmpty() && !headers.get(c).isEmpty()) {
                    cells.put(headers.get(c), value);
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new RawRow(r + 1, cells));
            }
        }
        return new RawSheet(headers, rows);
    }

    private static Map<String, RawSheet> workbook(byte[] file) throws Unreadable {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Map<String, RawSheet> sheets = new LinkedHashMap<>();
            XSSFReader.SheetIterator each = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (each.hasNext()) {
                try (InputStream sheet = each.next()) {
                    Rows rows = new Rows();
                    XMLReader parser = SAXHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows,
                            new IsoDates(), false));
                    parser.parse(new InputSource(sheet));
                    sheets.put(each.getSheetName().trim(), sheet(rows.records));
                }
            }
            return sheets;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                | RuntimeException e) {
            throw new Unreadable("not a workbook", e);
        }
    }

    /** The rows of a sheet as text, blank cells kept in their places. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        final List<List<String>> records = new ArrayList<>();
        private List<String> current;

        @Override
        public void startRow(int rowNum) {
            while (records.size() < rowNum) {
                records.add(List.of());
            }
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            records.add(current);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (current.size() < column) {
                current.add("");
            }
            current.add(value == null ? "" : value);
        }
    }

    /** Date cells read as YYYY-MM-DD, whatever format the sheet shows them in; other numbers as shown. */
    private static final class IsoDates extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /** A workbook of the ledger's sheets (a header row, then rows of text), a sheet of instructions last if given. */
    static byte[] xlsx(Map<String, List<List<String>>> sheets, List<List<String>> instructions) {
        // A streaming workbook keeps a window of rows in memory, so a large export stays small.
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            for (Map.Entry<String, List<List<String>>> entry : sheets.entrySet()) {
                write(workbook.createSheet(entry.getKey()), entry.getValue(), header);
            }
            if (instructions != null) {
                write(workbook.createSheet(LedgerLayout.INSTRUCTIONS), instructions, header);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static void write(Sheet sheet, List<List<String>> rows, CellStyle header) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c) != null) {
                    var cell = row.createCell(c);
                    cell.setCellValue(cells.get(c));
                    if (r == 0) {
                        cell.setCellStyle(header);
                    }
                }
            }
        }
    }

    /** The first sheet as CSV: UTF-8 with a byte order mark (Excel in Chinese offices reads it so), CRLF. */
    static byte[] csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        rows.forEach(row -> out.append(CsvText.line(row)));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
