package cn.gov.disclosure.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.gov.disclosure.common.CsvText;

/** The report's sections as CSV and as an Excel workbook, laid out by {@link ReportGrid}. */
final class SpreadsheetExports {

    private SpreadsheetExports() {
    }

    /**
     * Each section under its title, a blank line between them. UTF-8 with a byte order mark and
     * CRLF line ends (RFC 4180), so that Excel as installed in Chinese offices shows the labels.
     */
    static byte[] csv(String heading, List<ReportGrid> sections) {
        StringBuilder out = new StringBuilder("\uFEFF").append(CsvText.field(heading)).append("\r\n");
        for (ReportGrid grid : sections) {
            out.append("\r\n").append(CsvText.field(grid.title())).append("\r\n");
            for (String[] row : grid.plain()) {
                out.append(CsvText.line(Arrays.asList(row)));
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One sheet per section: merged header cells as printed, figures as numbers, A4 landscape. */
    static byte[] xlsx(String heading, List<ReportGrid> sections) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle title = style(workbook, true, false);
            CellStyle label = style(workbook, false, true);
            CellStyle number = style(workbook, false, true);
            number.setAlignment(HorizontalAlignment.CENTER);
            for (ReportGrid grid : sections) {
                Sheet sheet = workbook.createSheet(grid.title());
                Row titleRow = sheet.createRow(0);
                titleRow.createCell(0).setCellValue(heading + " " + grid.title());
                titleRow.getCell(0).setCellStyle(title);
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, grid.width() - 1));
                for (int r = 0; r < grid.height(); r++) {
                    Row row = sheet.createRow(r + 1);
                    for (int c = 0; c < grid.width(); c++) {
                        // Every position gets a bordered cell, so merged areas print with their frame.
                        row.createCell(c).setCellStyle(label);
                    }
                }
                for (ReportGrid.Cell cell : grid.cells()) {
                    var target = sheet.getRow(cell.row() + 1).getCell(cell.column());
                    if (cell.isNumber()) {
                        target.setCellValue(cell.number());
                        target.setCellStyle(number);
                    } else {
                        target.setCellValue(cell.text());
                        fitHeight(sheet.getRow(cell.row() + 1), cell, grid);
                    }
                    if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
                        CellRangeAddress area = new CellRangeAddress(cell.row() + 1, cell.row() + cell.rowSpan(),
                                cell.column(), cell.column() + cell.colSpan() - 1);
                        sheet.addMergedRegion(area);
                        RegionUtil.setBorderTop(BorderStyle.THIN, area, sheet);
                        RegionUtil.setBorderBottom(BorderStyle.THIN, area, sheet);
                        RegionUtil.setBorderLeft(BorderStyle.THIN, area, sheet);
                        RegionUtil.setBorderRight(BorderStyle.THIN, area, sheet);
                    }
                }
                layOut(sheet, grid);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Spreadsheets do not grow a row for wrapped text on their own: give a one-row label the
     * lines it needs in its (possibly merged) width, a Chinese character counting two.
     */
    private static void fitHeight(Row row, ReportGrid.Cell cell, ReportGrid grid) {
        if (cell.rowSpan() > 1) {
            return;
        }
        int width = grid.columnWidths().subList(cell.column(), cell.column() + cell.colSpan()).stream()
                .mapToInt(Integer::intValue).sum();
        int length = cell.text().codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
        int lines = Math.max(1, (length + width - 1) / width);
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * LINE_HEIGHT_POINTS));
    }

    private static final float LINE_HEIGHT_POINTS = 14.5f;

    private static void layOut(Sheet sheet, ReportGrid grid) {
        for (int c = 0; c < grid.width(); c++) {
            sheet.setColumnWidth(c, grid.columnWidths().get(c) * 256);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        // Section 四's fifteen columns need the page's long side.
        print.setLandscape(grid.width() > 10);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    private static CellStyle style(Workbook workbook, boolean bold, boolean bordered) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setFontName("宋体");
        font.setBold(bold);
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
