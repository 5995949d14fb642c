package cn.gov.disclosure.statistics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import cn.gov.disclosure.statistics.StatisticsQueries.Change;
import cn.gov.disclosure.statistics.StatisticsQueries.Placement;

/** Compares a published table with the same table computed now, cell by cell. */
final class Differences {

    private record CellKey(String row, String column) {
    }

    private Differences() {
    }

    /**
     * Every cell whose figure moved, with the cases (or reviews) that entered or left it: those whose
     * placement then and now differ in that cell.
     */
    static List<AnnualTable.Difference> of(AnnualTable published, AnnualTable current,
            Supplier<List<Change>> readChanges) {
        List<AnnualTable.Difference> differences = new ArrayList<>();
        // The changed placements are read only once a figure is known to differ.
        List<List<Change>> read = new ArrayList<>(1);
        Supplier<List<Change>> once = () -> {
            if (read.isEmpty()) {
                read.add(readChanges.get());
            }
            return read.get(0);
        };
        for (String row : TableLayout.ROWS) {
            for (String column : TableLayout.COLUMNS) {
                long then = published.figure(row, column);
                long now = current.figure(row, column);
                if (then != now) {
                    differences.add(new AnnualTable.Difference("三", row, column, then, now,
                            causes(once.get(), false, new CellKey(row, column))));
                }
            }
        }
        for (String row : TableLayout.REVIEW_ROWS) {
            for (int i = 0; i < TableLayout.REVIEW_COLUMNS.size(); i++) {
                long then = published.reviews().row(row)[i];
                long now = current.reviews().row(row)[i];
                if (then != now) {
                    differences.add(new AnnualTable.Difference("四", row, TableLayout.REVIEW_COLUMNS.get(i), then,
                            now, causes(once.get(), true, new CellKey(row, TableLayout.REVIEW_COLUMNS.get(i)))));
                }
            }
        }
        return differences;
    }

    private static List<Change> causes(List<Change> changes, boolean reviews, CellKey cell) {
        return changes.stream()
                .filter(change -> (change.reviewId() != null) == reviews)
                .filter(change -> cells(change.published(), reviews).contains(cell)
                        != cells(change.current(), reviews).contains(cell))
                .toList();
    }

    /** The cells one placement adds to, totals included. */
    private static Set<CellKey> cells(Placement placement, boolean review) {
        Set<CellKey> cells = new HashSet<>();
        if (placement == null) {
            return cells;
        }
        for (String row : placement.rows()) {
            cells.add(new CellKey(row, placement.column()));
            cells.add(new CellKey(row, TableLayout.TOTAL));
            if (!review && TableLayout.isOutcomeRow(row)) {
                cells.add(new CellKey(TableLayout.TOTAL_CLOSED, placement.column()));
                cells.add(new CellKey(TableLayout.TOTAL_CLOSED, TableLayout.TOTAL));
            }
        }
        return cells;
    }
}
