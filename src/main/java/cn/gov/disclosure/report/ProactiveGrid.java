package cn.gov.disclosure.report;

import java.util.ArrayList;
import java.util.List;

import cn.gov.disclosure.statistics.ReportGrid;

/**
 * Section 二 laid out as the 2021 format prints it: one table of four columns, a block per item
 * of Article 20, each headed by its item and a row of column labels.
 */
final class ProactiveGrid {

    static final String TITLE = "二、主动公开政府信息情况";
    private static final int WIDTH = 4;
    private static final String CONTENT = "信息内容";
    private static final String DECISIONS = "本年处理决定数量";

    private final List<ReportGrid.Cell> cells = new ArrayList<>();
    private int row;

    private ProactiveGrid() {
    }

    static ReportGrid of(ProactiveFigures figures) {
        ProactiveGrid grid = new ProactiveGrid();
        grid.block("第二十条第（一）项", CONTENT, "本年制发件数", "本年废止件数", "现行有效件数");
        grid.documents("规章", "regulations", figures.regulations());
        grid.documents("行政规范性文件", "normativeDocuments", figures.normativeDocuments());
        grid.block("第二十条第（五）项", CONTENT, DECISIONS);
        grid.single("行政许可", "licensing", text(figures.licensing()));
        grid.block("第二十条第（六）项", CONTENT, DECISIONS);
        grid.single("行政处罚", "penalties", text(figures.penalties()));
        grid.single("行政强制", "enforcement", text(figures.enforcement()));
        grid.block("第二十条第（八）项", CONTENT, "本年收费金额（单位：万元）");
        grid.single("行政事业性收费", "feesTenThousandYuan",
                figures.feesTenThousandYuan() == null ? null : figures.feesTenThousandYuan().toPlainString());
        return new ReportGrid(TITLE, WIDTH, grid.row, List.copyOf(grid.cells), List.of(16, 12, 12, 12));
    }

    /** The item's heading across the table, then its column labels; a single label spans the three figures. */
    private void block(String item, String... labels) {
        cells.add(label(row++, 0, WIDTH, item));
        int span = labels.length == 2 ? WIDTH - 1 : 1;
        for (int i = 0; i < labels.length; i++) {
            cells.add(label(row, i == 0 ? 0 : 1 + (i - 1) * span, i == 0 ? 1 : span, labels[i]));
        }
        row++;
    }

    private void documents(String label, String key, ProactiveFigures.DocumentCounts counts) {
        cells.add(label(row, 0, 1, label));
        cells.add(figure(1, 1, key, "issued", text(counts.issued())));
        cells.add(figure(2, 1, key, "repealed", text(counts.repealed())));
        cells.add(figure(3, 1, key, "inForce", text(counts.inForce())));
        row++;
    }

    private void single(String label, String key, String figure) {
        cells.add(label(row, 0, 1, label));
        cells.add(figure(1, WIDTH - 1, key, null, figure));
        row++;
    }

    /** A figure as text: the amount is no count, and a figure not keyed in prints blank. */
    private ReportGrid.Cell figure(int column, int colSpan, String key, String columnKey, String text) {
        return new ReportGrid.Cell(row, column, 1, colSpan, text, null, key, columnKey);
    }

    private static ReportGrid.Cell label(int row, int column, int colSpan, String text) {
        return new ReportGrid.Cell(row, column, 1, colSpan, text, null, null, null);
    }

    private static String text(Integer figure) {
        return figure == null ? null : figure.toString();
    }
}
