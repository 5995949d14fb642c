package cn.gov.disclosure.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import cn.gov.disclosure.statistics.ReportGrid;

/**
 * The report as a Word file the office can still edit: A4, the title and headings in 黑体, the text
 * in 仿宋 with a two-character indent, and the tables as Word tables whose merged cells are those
 * of the published layout. Word and WPS substitute a face the computer lacks.
 */
final class ReportDocx {

    private static final String TEXT_FACE = "仿宋_GB2312";
    private static final String HEADING_FACE = "黑体";
    /** A4 in twentieths of a point, and the type area between margins of 2.5 cm and 2 cm. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_TOP = 1418;
    private static final int MARGIN_SIDE = 1134;
    private static final int TYPE_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE;
    private static final int TEXT_POINTS = 14;
    private static final int TABLE_POINTS = 9;
    private static final String BLACK = "000000";

    private ReportDocx() {
    }

    static byte[] write(ReportDocument report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(document);
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(400);
            run(title, report.title(), HEADING_FACE, 20);
            text(document, report.opening());
            for (ReportDocument.Section section : report.sections()) {
                XWPFParagraph heading = document.createParagraph();
                heading.setSpacingBefore(240);
                run(heading, section.heading(), HEADING_FACE, 16);
                section.paragraphs().forEach(paragraph -> text(document, paragraph));
                if (section.table() != null) {
                    table(document, section.table());
                }
            }
            if (!report.failing().isEmpty()) {
                text(document, "以下勾稽关系校验未通过，发布前请核对：");
                report.failing().forEach(check -> text(document,
                        check.description() + (check.detail() == null ? "" : "：" + check.detail())));
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pageSetup(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_TOP));
        margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
        margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
    }

    /** A paragraph of text, its first line indented by two characters as Chinese documents are. */
    private static void text(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(2 * TEXT_POINTS * 20);
        run(paragraph, text, TEXT_FACE, TEXT_POINTS);
    }

    private static void run(XWPFParagraph paragraph, String text, String face, int points) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(face, FontCharRange.eastAsia);
        run.setFontFamily(face, FontCharRange.ascii);
        run.setFontFamily(face, FontCharRange.hAnsi);
        run.setFontSize(points);
    }

    /**
     * The grid as a Word table: a merged area is one cell spanning its columns ({@code gridSpan}),
     * continued down the rows it spans by empty cells marked as merged ({@code vMerge}).
     */
    private static void table(XWPFDocument document, ReportGrid grid) {
        ReportGrid.Cell[][] owners = new ReportGrid.Cell[grid.height()][grid.width()];
        for (ReportGrid.Cell cell : grid.cells()) {
            for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
                for (int c = cell.column(); c < cell.column() + cell.colSpan(); c++) {
                    owners[r][c] = cell;
                }
            }
        }
        List<Integer> widths = grid.columnPercents().stream().map(p -> (int) Math.round(p * TYPE_WIDTH / 100))
                .toList();
        XWPFTable table = document.createTable();
        table.removeRow(0);
        table.setWidth(Integer.toString(TYPE_WIDTH));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid columns = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        widths.forEach(width -> columns.addNewGridCol().setW(BigInteger.valueOf(width)));
        XWPFTable.XWPFBorderType line = XWPFTable.XWPFBorderType.SINGLE;
        table.setTopBorder(line, 4, 0, BLACK);
        table.setBottomBorder(line, 4, 0, BLACK);
        table.setLeftBorder(line, 4, 0, BLACK);
        table.setRightBorder(line, 4, 0, BLACK);
        table.setInsideHBorder(line, 4, 0, BLACK);
        table.setInsideVBorder(line, 4, 0, BLACK);
        for (int r = 0; r < grid.height(); r++) {
            XWPFTableRow row = table.insertNewTableRow(r);
            row.setCantSplitRow(true);
            int c = 0;
            while (c < grid.width()) {
                ReportGrid.Cell owner = owners[r][c];
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                properties.addNewTcW().setW(BigInteger.valueOf(
                        widths.subList(c, c + owner.colSpan()).stream().mapToInt(Integer::intValue).sum()));
                properties.getTcW().setType(STTblWidth.DXA);
                if (owner.colSpan() > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(owner.colSpan()));
                }
                if (owner.rowSpan() > 1) {
                    properties.addNewVMerge().setVal(owner.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
                }
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                XWPFParagraph paragraph = cell.getParagraphs().isEmpty() ? cell.addParagraph()
                        : cell.getParagraphs().get(0);
                paragraph.setAlignment(ParagraphAlignment.CENTER);
                if (owner.row() == r) {
                    run(paragraph, owner.shown(), TEXT_FACE, TABLE_POINTS);
                }
                c += owner.colSpan();
            }
        }
    }
}
