package cn.gov.disclosure.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.gov.disclosure.cases.Outcome;

/**
 * One section of the report laid out as the published format prints it: a grid of cells, some
 * spanning several rows or columns (the merged header and label cells). The CSV, XLSX and HTML
 * exports all draw this one layout.
 *
 * @param cells only the cell where each merged area starts; the area is {@code rowSpan × colSpan}
 * @param columnWidths each column's width in characters: the label columns wide, the figures narrow
 */
public record ReportGrid(String title, int width, int height, List<Cell> cells, List<Integer> columnWidths) {

    /**
     * A label ({@code text}) or a figure ({@code number}); figures carry the row and column keys of
     * the JSON table, for the drill-down to their cases. A figure that is no count (an amount) or
     * not given yet has its keys and its {@code text} instead of a number.
     */
    public record Cell(int row, int column, int rowSpan, int colSpan, String text, Long number, String rowKey,
            String columnKey) {

        public boolean isNumber() {
            return number != null;
        }

        public boolean isFigure() {
            return isNumber() || rowKey != null;
        }

        /** What the cell prints: its figure or its text, blank for a figure not given. */
        public String shown() {
            return isNumber() ? Long.toString(number) : text == null ? "" : text;
        }
    }

    static final String SECTION_THREE = "三、收到和处理政府信息公开申请情况";
    static final String SECTION_FOUR = "四、政府信息公开行政复议、行政诉讼情况";
    private static final int LABEL_COLUMNS = 3;
    private static final int HEADER_ROWS = 3;
    private static final int FIGURE_WIDTH = 9;

    /** Column widths as percentages of the whole, for a page that fills its width. */
    public List<Double> columnPercents() {
        double total = columnWidths.stream().mapToInt(Integer::intValue).sum();
        return columnWidths.stream().map(w -> Math.round(w * 1000 / total) / 10.0).toList();
    }

    /** The grid's rows top to bottom, each with its starting cells left to right (for HTML tables). */
    public List<List<Cell>> rows() {
        Map<Integer, List<Cell>> byRow = new TreeMap<>();
        for (int r = 0; r < height; r++) {
            byRow.put(r, new ArrayList<>());
        }
        cells.stream().sorted(Comparator.comparingInt(Cell::column)).forEach(c -> byRow.get(c.row()).add(c));
        return List.copyOf(byRow.values());
    }

    /** Section 三: three label columns, then the seven applicant columns. */
    static ReportGrid sectionThree(AnnualTable table) {
        List<Cell> cells = new ArrayList<>();
        int applicants = TableLayout.COLUMNS.size();
        cells.add(label(0, 0, HEADER_ROWS, LABEL_COLUMNS, TableLayout.BALANCE_NOTE));
        cells.add(label(0, LABEL_COLUMNS, 1, applicants, "申请人情况"));
        cells.add(label(1, LABEL_COLUMNS, 2, 1, TableLayout.COLUMN_LABELS.get("NATURAL_PERSON")));
        cells.add(label(1, LABEL_COLUMNS + 1, 1, applicants - 2, "法人或其他组织"));
        cells.add(label(1, LABEL_COLUMNS + applicants - 1, 2, 1, TableLayout.COLUMN_LABELS.get(TableLayout.TOTAL)));
        for (int i = 1; i < applicants - 1; i++) {
            cells.add(label(2, LABEL_COLUMNS + i, 1, 1, TableLayout.COLUMN_LABELS.get(TableLayout.COLUMNS.get(i))));
        }

        int row = HEADER_ROWS;
        Outcome[] outcomes = Outcome.values();
        for (String key : TableLayout.ROWS) {
            switch (key) {
                case TableLayout.NEW -> cells.add(label(row, 0, 1, LABEL_COLUMNS, TableLayout.NEW_LABEL));
                case TableLayout.CARRIED_IN -> cells.add(label(row, 0, 1, LABEL_COLUMNS, TableLayout.CARRIED_IN_LABEL));
                case TableLayout.CARRIED_OUT -> cells.add(label(row, 0, 1, LABEL_COLUMNS, TableLayout.CARRIED_OUT_LABEL));
                case TableLayout.TOTAL_CLOSED -> cells.add(label(row, 1, 1, 2, TableLayout.TOTAL_CLOSED_LABEL));
                default -> {
                    Outcome outcome = Outcome.valueOf(key);
                    if (outcome.ordinal() == 0) {
                        cells.add(label(row, 0, outcomes.length + 1, 1, TableLayout.RESULTS_LABEL));
                    }
                    TableLayout.OutcomeLabel label = TableLayout.OUTCOME_LABELS.get(outcome);
                    if (label.item() == null) {
                        cells.add(label(row, 1, 1, 2, label.group()));
                    } else {
                        boolean firstOfGroup = outcome.ordinal() == 0 || !label.group()
                                .equals(TableLayout.OUTCOME_LABELS.get(outcomes[outcome.ordinal() - 1]).group());
                        if (firstOfGroup) {
                            long groupSize = TableLayout.OUTCOME_LABELS.values().stream()
                                    .filter(other -> other.group().equals(label.group())).count();
                            cells.add(label(row, 1, (int) groupSize, 1, label.group()));
                        }
                        cells.add(label(row, 2, 1, 1, label.item()));
                    }
                }
            }
            long[] figures = table.rows().get(key);
            for (int i = 0; i < applicants; i++) {
                cells.add(new Cell(row, LABEL_COLUMNS + i, 1, 1, null, figures[i], key,
                        TableLayout.COLUMNS.get(i)));
            }
            row++;
        }
        List<Integer> widths = new ArrayList<>(List.of(10, 16, 34));
        widths.addAll(Collections.nCopies(applicants, FIGURE_WIDTH));
        return new ReportGrid(SECTION_THREE, LABEL_COLUMNS + applicants, row, cells, widths);
    }

    /** Section 四: one header block per group, then one row of fifteen figures. */
    static ReportGrid sectionFour(AnnualTable table) {
        List<Cell> cells = new ArrayList<>();
        int per = TableLayout.REVIEW_COLUMNS.size();
        cells.add(label(0, 0, 1, per, "行政复议"));
        cells.add(label(0, per, 1, 2 * per, "行政诉讼"));
        cells.add(label(1, per, 1, per, "未经复议直接起诉"));
        cells.add(label(1, 2 * per, 1, per, "复议后起诉"));
        for (int group = 0; group < TableLayout.REVIEW_ROWS.size(); group++) {
            String key = TableLayout.REVIEW_ROWS.get(group);
            long[] figures = table.reviews().row(key);
            for (int i = 0; i < per; i++) {
                String column = TableLayout.REVIEW_COLUMNS.get(i);
                int at = group * per + i;
                // The reconsideration labels fill both header rows; the lawsuits' sit under their group.
                cells.add(group == 0 ? label(1, at, 2, 1, TableLayout.REVIEW_COLUMN_LABELS.get(column))
                        : label(2, at, 1, 1, TableLayout.REVIEW_COLUMN_LABELS.get(column)));
                cells.add(new Cell(3, at, 1, 1, null, figures[i], key, column));
            }
        }
        int width = TableLayout.REVIEW_ROWS.size() * per;
        return new ReportGrid(SECTION_FOUR, width, 4, cells, Collections.nCopies(width, FIGURE_WIDTH));
    }

    private static Cell label(int row, int column, int rowSpan, int colSpan, String text) {
        return new Cell(row, column, rowSpan, colSpan, text, null, null, null);
    }

    /** The text of every grid position, merged areas written once at their start (for CSV). */
    String[][] plain() {
        String[][] plain = new String[height][width];
        for (Cell cell : cells) {
            plain[cell.row()][cell.column()] = cell.shown();
        }
        return plain;
    }
}
