package cn.gov.disclosure.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntToLongFunction;
import java.util.stream.IntStream;

import cn.gov.disclosure.cases.Outcome;

/** The reconciliation checks served with every table (DOMAIN.md §2.2, §2.3). */
final class Checks {

    /** The previous year's 四 (结转下年度) per column, and where those figures come from. */
    record PreviousYear(long[] carriedOut, String source) {
    }

    private Checks() {
    }

    static List<AnnualTable.Check> of(AnnualTable table, PreviousYear previous) {
        List<AnnualTable.Check> checks = new ArrayList<>();
        Map<String, long[]> rows = table.rows();
        checks.add(perColumn("BALANCE", "每列：一 + 二 = 三（七）+ 四", table,
                column -> rows.get(TableLayout.NEW)[column] + rows.get(TableLayout.CARRIED_IN)[column],
                column -> rows.get(TableLayout.TOTAL_CLOSED)[column] + rows.get(TableLayout.CARRIED_OUT)[column]));
        checks.add(perColumn("TOTAL_CLOSED_IS_SUM_OF_OUTCOMES", "每列：三（七）总计 = （一）至（六）各项之和", table,
                column -> rows.get(TableLayout.TOTAL_CLOSED)[column],
                column -> sumOverOutcomes(rows, column)));
        checks.add(totalColumn(table));
        checks.add(perColumn("CARRIED_IN_EQUALS_PREVIOUS_CARRIED_OUT",
                "每列：二 = 上一年度的四（" + previous.source() + "）", table,
                column -> rows.get(TableLayout.CARRIED_IN)[column], column -> previous.carriedOut()[column]));
        checks.add(reviewTotals(table.reviews()));
        return checks;
    }

    private static long sumOverOutcomes(Map<String, long[]> rows, int column) {
        long sum = 0;
        for (Outcome outcome : Outcome.values()) {
            sum += rows.get(outcome.name())[column];
        }
        return sum;
    }

    private static AnnualTable.Check perColumn(String rule, String description, AnnualTable table,
            IntToLongFunction left, IntToLongFunction right) {
        List<String> failures = IntStream.range(0, table.columns().size())
                .filter(column -> left.applyAsLong(column) != right.applyAsLong(column))
                .mapToObj(column -> table.columns().get(column) + ": " + left.applyAsLong(column) + " ≠ "
                        + right.applyAsLong(column))
                .toList();
        return check(rule, description, failures);
    }

    private static AnnualTable.Check totalColumn(AnnualTable table) {
        List<String> failures = new ArrayList<>();
        table.rows().forEach((row, figures) -> lastIsSum(row, figures, failures));
        return check("TOTAL_COLUMN_IS_SUM_OF_APPLICANTS", "每行：总计 = 自然人与五类法人或其他组织之和", failures);
    }

    private static AnnualTable.Check reviewTotals(AnnualTable.Reviews reviews) {
        List<String> failures = new ArrayList<>();
        TableLayout.REVIEW_ROWS.forEach(row -> lastIsSum(row, reviews.row(row), failures));
        return check("REVIEW_TOTALS", "行政复议、行政诉讼：总计 = 维持 + 纠正 + 其他 + 尚未审结", failures);
    }

    /** Whether a row's last figure (its 总计) is the sum of the others; notes the row if not. */
    private static void lastIsSum(String row, long[] figures, List<String> failures) {
        int last = figures.length - 1;
        long sum = 0;
        for (int i = 0; i < last; i++) {
            sum += figures[i];
        }
        if (sum != figures[last]) {
            failures.add(row + ": " + sum + " ≠ " + figures[last]);
        }
    }

    private static AnnualTable.Check check(String rule, String description, List<String> failures) {
        return new AnnualTable.Check(rule, description, failures.isEmpty(),
                failures.isEmpty() ? null : String.join("; ", failures));
    }
}
