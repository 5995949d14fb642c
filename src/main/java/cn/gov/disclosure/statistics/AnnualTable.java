package cn.gov.disclosure.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Sections 三 and 四 of one agency's (or one consolidated tree's) annual report, in the JSON shape
 * of CONTRACT.md. Every row holds a figure for every column, zeros included; the 总计 column and
 * the （七）总计 row are sums of the others.
 */
public record AnnualTable(int year, String agency, boolean includeSubordinates,
        @Schema(description = "The six applicant types, then TOTAL: the order of every row's figures")
        List<String> columns,
        @Schema(description = "Section 三 by row: NEW, CARRIED_IN, every outcome code, TOTAL_CLOSED, CARRIED_OUT")
        Map<String, long[]> rows,
        Reviews reviews, List<Check> checks, Published publication) {

    /** Section 四: reconsiderations, direct lawsuits and lawsuits after a reconsideration. */
    public record Reviews(List<String> columns,
            @JsonProperty(TableLayout.RECONSIDERATION) long[] reconsideration,
            @JsonProperty(TableLayout.LITIGATION_DIRECT) long[] litigationDirect,
            @JsonProperty(TableLayout.LITIGATION_AFTER_RECONSIDERATION) long[] litigationAfterReconsideration) {

        long[] row(String key) {
            return switch (key) {
                case TableLayout.RECONSIDERATION -> reconsideration;
                case TableLayout.LITIGATION_DIRECT -> litigationDirect;
                case TableLayout.LITIGATION_AFTER_RECONSIDERATION -> litigationAfterReconsideration;
                default -> throw new IllegalArgumentException(key);
            };
        }
    }

    /** One reconciliation rule and whether the table satisfies it; {@code detail} names what does not add up. */
    public record Check(String rule, String description, boolean holds, String detail) {
    }

    /**
     * When and by whom this table was published, and every cell whose figure has changed since,
     * with the cases behind the change. Null for a year not published (and inside the stored
     * publication itself).
     */
    public record Published(LocalDate publishedOn, Instant publishedAt, String publishedBy,
            List<Difference> differences) {
    }

    /** A cell of section 三 or 四 whose figure differs from the published one, and why. */
    public record Difference(String section, String row, String column, long published, long current,
            List<StatisticsQueries.Change> cases) {
    }

    /**
     * Builds the table from its counted cells: {@code cells} maps a row key to counts per
     * applicant type; {@code reviewCells} a review row to counts per result (or PENDING).
     */
    static AnnualTable of(int year, String agency, boolean includeSubordinates,
            Map<String, Map<String, Long>> cells, Map<String, Map<String, Long>> reviewCells) {
        int last = TableLayout.COLUMNS.size() - 1;
        Map<String, long[]> rows = new LinkedHashMap<>();
        for (String row : TableLayout.ROWS) {
            rows.put(row, new long[TableLayout.COLUMNS.size()]);
        }
        cells.forEach((row, byColumn) -> byColumn.forEach((column, count) -> {
            long[] figures = rows.get(row);
            figures[TableLayout.COLUMNS.indexOf(column)] += count;
            if (TableLayout.isOutcomeRow(row)) {
                rows.get(TableLayout.TOTAL_CLOSED)[TableLayout.COLUMNS.indexOf(column)] += count;
            }
        }));
        for (long[] figures : rows.values()) {
            for (int i = 0; i < last; i++) {
                figures[last] += figures[i];
            }
        }
        return new AnnualTable(year, agency, includeSubordinates, TableLayout.COLUMNS, rows,
                new Reviews(TableLayout.REVIEW_COLUMNS, reviewRow(reviewCells, TableLayout.RECONSIDERATION),
                        reviewRow(reviewCells, TableLayout.LITIGATION_DIRECT),
                        reviewRow(reviewCells, TableLayout.LITIGATION_AFTER_RECONSIDERATION)),
                List.of(), null);
    }

    private static long[] reviewRow(Map<String, Map<String, Long>> reviewCells, String key) {
        int last = TableLayout.REVIEW_COLUMNS.size() - 1;
        long[] figures = new long[TableLayout.REVIEW_COLUMNS.size()];
        reviewCells.getOrDefault(key, Map.of()).forEach((column, count) -> {
            figures[TableLayout.REVIEW_COLUMNS.indexOf(column)] += count;
            figures[last] += count;
        });
        return figures;
    }

    AnnualTable withChecks(List<Check> checks) {
        return new AnnualTable(year, agency, includeSubordinates, columns, rows, reviews, List.copyOf(checks),
                publication);
    }

    AnnualTable withPublication(Published published) {
        return new AnnualTable(year, agency, includeSubordinates, columns, rows, reviews, checks, published);
    }

    /** The figure of one cell of section 三. */
    public long figure(String row, String column) {
        return rows.get(row)[columns.indexOf(column)];
    }
}
