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
        List<Moved> moved = new ArrayList<>();
        for (String row : TableLayout.ROWS) {
            for (String column : TableLayout.COLUMNS) {
                moved.add(new Moved("三", new CellKey(row, column), published.figure(row, column),
                        current.figure(row, column)));
            }
        }
        for (String row : TableLayout.REVIEW_ROWS) {
            for (int i = 0; i < TableLayout.REVIEW_COLUMNS.size(); i++) {
                moved.add(new Moved("四", new CellKey(row, TableLayout.REVIEW_COLUMNS.get(i)),
                        published.reviews().row(row)[i], current.reviews().row(row)[i]));
            }
        }
        moved.removeIf(cell -> cell.then() == cell.now());
        if (moved.isEmpty()) {
            return List.of();
        }
        // Which cases moved is read only once some figure is known to differ.
        List<Change> changes = readChanges.get();
        return moved.stream().map(cell -> new AnnualTable.Difference(cell.section(), cell.key().row(),
                cell.key().column(), cell.then(), cell.now(), causes(changes, cell.section().equals("四"), cell.key())))
                .toList();
    }

    /** A cell's figure as published and as it stands now. */
    private record Moved(String section, CellKey key, long then, long now) {
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
