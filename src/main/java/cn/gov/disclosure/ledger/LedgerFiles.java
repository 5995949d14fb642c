package cn.gov.disclosure.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Ledgers as files: an Excel workbook or the first sheet alone as CSV (UTF-8, with or without its
 * byte order mark), each sheet read as a stream of rows, so a large one is never held as rows; and
 * written back in the same layout.
 */
final class LedgerFiles {

    /** One row of a sheet: its number as the spreadsheet shows it, its cells by header. */
    record RawRow(int number, Map<String, String> cells) {
    }

    /** Where a sheet's rows go as they are read: its headers first (none for an empty sheet), then each row. */
    interface SheetRows {

        void headers(List<String> headers);

        /** A row that holds anything. */
        void row(RawRow row);
    }

    /** A ledger file opened for reading: the names of its sheets, and each sheet's rows. */
    interface Sheets extends AutoCloseable {

        List<String> names();

        /** Passes the rows of sheet {@code name} to {@code rows}; what they throw comes out unchanged. */
        void read(String name, SheetRows rows) throws Unreadable;

        @Override
        void close();
    }

    /** The file is neither a workbook nor text. */
    static final class Unreadable extends Exception {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private LedgerFiles() {
    }

    /** The ledger's sheets; a CSV file is sheet 申请. */
    static Sheets open(byte[] file) throws Unreadable {
        if (file.length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4) {
            return new Workbook(file);
        }
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.contains("\uFFFD")) {
            throw new Unreadable("not UTF-8", null);
        }
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new Sheets() {

            @Override
            public List<String> names() {
                return List.of(LedgerLayout.APPLICATIONS);
            }

            @Override
            public void read(String name, SheetRows rows) {
                Records records = new Records(rows);
                CsvText.records(csv, records::next);
                records.end();
            }

            @Override
            public void close() {
            }
        };
    }

    /** A sheet's records in their order, the first its headers, handed on as the rows that hold anything. */
    private static final class Records {

        private final SheetRows rows;
        private List<String> headers;
        private int index;

        Records(SheetRows rows) {
            this.rows = rows;
        }

        void next(List<String> record) {
            if (headers == null) {
                headers = record.stream().map(String::trim).toList();
                rows.headers(headers);
            } else {
                Map<String, String> cells = new HashMap<>();
                for (int c = 0; c < Math.min(headers.size(), record.size()); c++) {
                    String value = record.get(c).trim();
                    if (!value.isEmpty() && !headers.get(c).isEmpty()) {
                        cells.put(headers.get(c), value);
                    }
                }
                if (!cells.isEmpty()) {
                    rows.row(new RawRow(index + 1, cells));
                }
            }
            index++;
        }

        void end() {
            if (headers == null) {
                rows.headers(List.of());
            }
        }
    }

    /** An Excel workbook, its sheets read as streams of XML, never held as a workbook. */
    private static final class Workbook implements Sheets {

        private final OPCPackage pkg;
        private final XSSFReader reader;
        private final ReadOnlySharedStringsTable strings;
        private final List<String> names = new ArrayList<>();

        Workbook(byte[] file) throws Unreadable {
            try {
                pkg = OPCPackage.open(new ByteArrayInputStream(file));
            } catch (IOException | OpenXML4JException | RuntimeException e) {
                throw new Unreadable("not a workbook", e);
            }
            try {
                reader = new XSSFReader(pkg);
                strings = new ReadOnlySharedStringsTable(pkg, false);
                XSSFReader.SheetIterator each = (XSSFReader.SheetIterator) reader.getSheetsData();
                while (each.hasNext()) {
                    each.next().close();
                    names.add(each.getSheetName().trim());
                }
            } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
                pkg.revert();
                throw new Unreadable("not a workbook", e);
            }
        }

        @Override
        public List<String> names() {
            return names;
        }

        @Override
        public void read(String name, SheetRows rows) throws Unreadable {
            Records records = new Records(rows);
            try {
                XSSFReader.SheetIterator each = (XSSFReader.SheetIterator) reader.getSheetsData();
                boolean found = false;
                while (each.hasNext() && !found) {
                    try (InputStream sheet = each.next()) {
                        found = each.getSheetName().trim().equals(name);
                        if (found) {
                            XMLReader parser = SAXHelper.newXMLReader();
                            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                                    new Cells(records), new IsoDates(), false));
                            parser.parse(new InputSource(sheet));
                        }
                    }
                }
            } catch (Handed e) {
                throw e.getCause();
            } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                    | RuntimeException e) {
                throw new Unreadable("not a workbook", e);
            }
            records.end();
        }

        @Override
        public void close() {
            // Read, never written: closed without saving.
            pkg.revert();
        }
    }

    /** What the rows' receiver threw, carried through the XML parser, whose own failures mean an unreadable file. */
    private static final class Handed extends RuntimeException {

        Handed(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /** The rows of a sheet as text, blank cells kept in their places, handed on as each ends. */
    private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Records records;
        private int next;
        private List<String> current;

        Cells(Records records) {
            this.records = records;
        }

        @Override
        public void startRow(int rowNum) {
            while (next < rowNum) {
                handOn(List.of());
            }
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            handOn(current);
        }

        private void handOn(List<String> record) {
            try {
                records.next(record);
            } catch (RuntimeException e) {
                throw new Handed(e);
            }
            next++;
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
