package cn.gov.disclosure.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.disclosure.agency.Agency;
import cn.gov.disclosure.agency.AgencyRefusal;
import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.common.ListWindow;
import cn.gov.disclosure.common.PageRequest;
import cn.gov.disclosure.common.QueryParams;
import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.security.CurrentUser;

/** Computes, publishes and compares the annual tables; decides who may see which agency's. */
@ApplicationScoped
public class StatisticsService {

    /** One table's year and agency, and the agencies whose cases it counts. */
    public record Scope(int year, Agency agency, boolean includeSubordinates, List<String> agencies) {
    }

    public record CellPage(String row, String column, List<StatisticsQueries.CellItem> items, int page, int size,
            long total) {
    }

    private final StatisticsQueries queries;
    private final KeptCounts counts;
    private final CurrentUser user;
    private final BusinessDates dates;
    private final ObjectMapper json;
    private final Clock clock;

    @Inject
    public StatisticsService(StatisticsQueries queries, KeptCounts counts, CurrentUser user, BusinessDates dates,
            ObjectMapper json, Clock clock) {
        this.queries = queries;
        this.counts = counts;
        this.user = user;
        this.dates = dates;
        this.json = json;
        this.clock = clock;
    }

    /** Reads the query's year and agency; an office sees only its own agency (and those below it). */
    public Scope scope(String year, String agency, String includeSubordinates) {
        int number = QueryParams.integer("year", year, 0, 1900, 9999);
        String code = user.requireAgency(agency == null || agency.isBlank() ? null : agency);
        Agency found = Agency.findById(code);
        if (found == null) {
            throw Refusal.of(AgencyRefusal.NOT_FOUND, "code", code);
        }
        boolean consolidated = Boolean.TRUE.equals(QueryParams.bool("includeSubordinates", includeSubordinates));
        return new Scope(number, found, consolidated,
                consolidated ? Agency.codesWithSubordinates(code) : List.of(code));
    }

    /**
     * The table as the cases stand now, compared with its publication if it has one. The counts, the
     * previous year, the publication and the differences are read in one read-only snapshot, so they
     * agree even while cases change.
     */
    @Transactional
    public AnnualTable current(Scope scope) {
        queries.readOnlySnapshot();
        AnnualTable table = compute(scope);
        return publication(scope).map(published -> table.withPublication(sincePublished(scope, published, table)))
                .orElse(table);
    }

    /** The figures exactly as published, with what has changed since; read in one snapshot, as {@link #current} is. */
    @Transactional
    public AnnualTable published(Scope scope) {
        queries.readOnlySnapshot();
        return asPublished(scope);
    }

    private AnnualTable asPublished(Scope scope) {
        StatisticsQueries.Publication published = publication(scope)
                .orElseThrow(() -> Refusal.of(StatisticsRefusal.NOT_PUBLISHED, "year", scope.year(), "agency",
                        scope.agency().code));
        return published.figures().withPublication(sincePublished(scope, published, compute(scope)));
    }

    private AnnualTable.Published sincePublished(Scope scope, StatisticsQueries.Publication published,
            AnnualTable now) {
        // Figures keyed in have no case behind them: only the figures are compared.
        return new AnnualTable.Published(published.publishedOn(), published.publishedAt(), published.publishedBy(),
                Differences.of(published.figures(), now, () -> published.keyedIn() ? List.of()
                        : queries.changesSince(published.id(), scope.year(), scope.agencies())));
    }

    /**
     * Keeps this year's table as it stands now. Case changes wait while it is taken, so the figures
     * and the placements of the cases behind them are one consistent picture.
     */
    @Transactional
    public AnnualTable publish(Scope scope) {
        LocalDate today = dates.today();
        requirePublishable(scope, today);
        queries.holdCaseChanges();
        AnnualTable table = compute(scope);
        Instant publishedAt = clock.instant();
        String figures = figuresJson(table);
        queries.publish(scope.year(), scope.agencies(), scope.agency().code, scope.includeSubordinates(), figures,
                today, publishedAt, user.username())
                .orElseThrow(() -> Refusal.of(StatisticsRefusal.PUBLISHED_MEANWHILE, "year", scope.year()));
        return table.withPublication(new AnnualTable.Published(today, publishedAt, user.username(), List.of()));
    }

    /**
     * Records the figures an agency published for a year before it used the service, as published
     * (checked only for their shape), so that the next year's carried-in check has them to compare.
     * Once, and only for a year that has ended, as a publication is.
     */
    @Transactional
    public AnnualTable keyIn(Scope scope, PublishedFigures figures) {
        LocalDate today = dates.today();
        Scope own = new Scope(scope.year(), scope.agency(), false, List.of(scope.agency().code));
        requirePublishable(own, today);
        Map<String, long[]> rows = inOrder("rows", figures.rows(), TableLayout.ROWS, TableLayout.COLUMNS.size());
        Map<String, long[]> reviews = inOrder("reviews", figures.reviews(), TableLayout.REVIEW_ROWS,
                TableLayout.REVIEW_COLUMNS.size());
        AnnualTable table = new AnnualTable(scope.year(), scope.agency().code, false, TableLayout.COLUMNS, rows,
                new AnnualTable.Reviews(TableLayout.REVIEW_COLUMNS, reviews.get(TableLayout.RECONSIDERATION),
                        reviews.get(TableLayout.LITIGATION_DIRECT),
                        reviews.get(TableLayout.LITIGATION_AFTER_RECONSIDERATION)), List.of(), null);
        queries.keyIn(scope.year(), scope.agency().code, figuresJson(table), today, clock.instant(), user.username())
                .orElseThrow(() -> Refusal.of(StatisticsRefusal.PUBLISHED_MEANWHILE, "year", scope.year()));
        return asPublished(own);
    }

    /** A year is published once, and only once it has ended. */
    private void requirePublishable(Scope scope, LocalDate today) {
        if (!today.isAfter(LocalDate.of(scope.year(), 12, 31))) {
            throw Refusal.of(StatisticsRefusal.YEAR_NOT_ENDED, "year", scope.year(), "from",
                    LocalDate.of(scope.year() + 1, 1, 1));
        }
        publication(scope).ifPresent(earlier -> {
            throw Refusal.of(StatisticsRefusal.PUBLISHED_ALREADY, "year", scope.year(), "on", earlier.publishedOn(),
                    "by", earlier.publishedBy());
        });
    }

    /** The figures of each row of {@code keys} in their order: every row given, {@code width} figures, none below 0. */
    private static Map<String, long[]> inOrder(String field, Map<String, long[]> given, List<String> keys, int width) {
        if (!given.keySet().equals(Set.copyOf(keys))
                || given.values().stream().anyMatch(figures -> figures == null || figures.length != width)) {
            throw Refusal.ofField(field, StatisticsRefusal.FIGURES_ROWS, "rows", keys, "width", width);
        }
        if (given.values().stream().flatMapToLong(Arrays::stream).anyMatch(figure -> figure < 0)) {
            throw Refusal.ofField(field, StatisticsRefusal.FIGURES_NEGATIVE);
        }
        Map<String, long[]> ordered = new LinkedHashMap<>();
        keys.forEach(key -> ordered.put(key, given.get(key)));
        return ordered;
    }

    /** The API's page of a cell's cases (or reviews), with their exact count. */
    public CellPage cell(Scope scope, String row, String column, PageRequest page) {
        Cell found = cell(scope, row, column, ListWindow.exact(page));
        return new CellPage(found.row(), found.column(), found.slice().items(), page.number(), page.size(),
                found.slice().total());
    }

    /** The cases (or reviews) of one cell that a window reads, with the cell's row and column. */
    public record Cell(String row, String column, ListWindow.Slice<StatisticsQueries.CellItem> slice) {
    }

    /**
     * The cases (or reviews) behind one cell, in receipt (or filing) order; the page and its count
     * are read in one statement, so they agree.
     */
    public Cell cell(Scope scope, String row, String column, ListWindow window) {
        if (row == null || row.isBlank()) {
            throw Refusal.ofField("row", StatisticsRefusal.ROW_REQUIRED, "rows", TableLayout.ROWS, "reviewRows",
                    TableLayout.REVIEW_ROWS);
        }
        String col = column == null || column.isBlank() ? TableLayout.TOTAL : column;
        if (TableLayout.ROWS.contains(row)) {
            requireColumn(col, TableLayout.COLUMNS);
            return new Cell(row, col, queries.caseCell(scope.year(), scope.agencies(), row, col, window));
        }
        if (TableLayout.REVIEW_ROWS.contains(row)) {
            requireColumn(col, TableLayout.REVIEW_COLUMNS);
            return new Cell(row, col, queries.reviewCell(scope.year(), scope.agencies(), row, col, window));
        }
        throw Refusal.ofField("row", StatisticsRefusal.UNKNOWN_ROW, "rows", TableLayout.ROWS, "reviewRows",
                TableLayout.REVIEW_ROWS);
    }

    private static void requireColumn(String column, List<String> allowed) {
        if (!allowed.contains(column)) {
            throw Refusal.ofField("column", StatisticsRefusal.UNKNOWN_COLUMN, "columns", allowed);
        }
    }

    private AnnualTable compute(Scope scope) {
        StatisticsQueries.Counts counted = counts.of(scope.year(), scope.agencies());
        AnnualTable table = AnnualTable.of(scope.year(), scope.agency().code, scope.includeSubordinates(),
                counted.cases(), counted.reviews());
        return table.withChecks(Checks.of(table, previousYear(scope, table)));
    }

    /**
     * The previous year's 四 as published. A year not published has no figures of its own to
     * compare: by the counting rules its 四 and this year's 二 are the same cases (received before
     * 1 January, not closed before it), so they are taken from this table rather than counted twice.
     */
    private Checks.PreviousYear previousYear(Scope scope, AnnualTable table) {
        Scope previous = new Scope(scope.year() - 1, scope.agency(), scope.includeSubordinates(), scope.agencies());
        return publication(previous)
                .map(p -> new Checks.PreviousYear(p.figures().rows().get(TableLayout.CARRIED_OUT),
                        "已公布的" + previous.year() + "年度报告"))
                .orElseGet(() -> new Checks.PreviousYear(table.rows().get(TableLayout.CARRIED_IN),
                        previous.year() + "年度未公布，按同一批案件计算"));
    }

    /** Whether the year's table of this scope is published (or its figures keyed in as published). */
    @Transactional
    public boolean isPublished(Scope scope) {
        return publication(scope).isPresent();
    }

    private Optional<StatisticsQueries.Publication> publication(Scope scope) {
        return queries.publication(scope.year(), scope.agency().code, scope.includeSubordinates(), this::readFigures);
    }

    /** A table as a publication keeps it. */
    private String figuresJson(AnnualTable table) {
        try {
            return json.writeValueAsString(table);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private AnnualTable readFigures(String text) {
        try {
            return json.readValue(text, AnnualTable.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored publication cannot be read", e);
        }
    }
}
