package cn.gov.disclosure.statistics;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import cn.gov.disclosure.common.ListWindow;
import cn.gov.disclosure.common.PageKey;

/**
 * The counting rules of CONTRACT.md, written once as SQL: {@link #COUNTED} reads every case that
 * a year's table counts and {@link #PLACEMENT} places it in its entry row (新收 or 上年结转) and its
 * exit row (an outcome or 结转下年度), under its applicant type; {@code review_cells} places every
 * counted review in its group and result. The table, the drill-down, publishing and the
 * differences against a publication all read these definitions, so they cannot disagree.
 *
 * <p>Plain JDBC over the application's data source: the aggregates run in the database, and the
 * class can be exercised on any PostgreSQL holding the schema. Inside a JTA transaction every
 * statement runs on the one connection the data source has enlisted in it (closing a handle gives
 * it back only when the transaction ends); outside one, each statement commits on its own.
 */
@ApplicationScoped
public class StatisticsQueries {

    /** The year and the agencies counted; bound as the first three parameters of every statement. */
    private static final String SCOPE = """
            with scope as (select ?::date as first_day, ?::date as last_day, ?::varchar[] as agencies),
            """;

    /**
     * The cases a year's table counts are those received in the year, and those received before it
     * that closed on or after its first day or are still open. Read as three ranges of three
     * indexes that carry every column counted, so the work grows with the year's cases, not with
     * the agency's whole history. An open case has neither closing day nor outcome: saying so lets
     * the third range be read from the index of open cases alone; a case of the second range closed
     * in a later year than it was received, and saying so lets that range be read from the index of
     * such cases alone (V18).
     */
    private static final List<String> COUNTED = List.of("""
            select c.id, c.agency_code, c.tracking_number, c.applicant_type, c.received_on, c.closed_on, c.outcome
              from disclosure_case c, scope s
             where c.agency_code = any (s.agencies) and c.received_on between s.first_day and s.last_day
            """, """
            select c.id, c.agency_code, c.tracking_number, c.applicant_type, c.received_on, c.closed_on, c.outcome
              from disclosure_case c, scope s
             where c.agency_code = any (s.agencies) and c.closed_on >= s.first_day and c.received_on < s.first_day
               and extract(year from c.received_on) < extract(year from c.closed_on)
            """, """
            select c.id, c.agency_code, c.tracking_number, c.applicant_type, c.received_on, null::date as closed_on,
                   null::varchar as outcome
              from disclosure_case c, scope s
             where c.agency_code = any (s.agencies) and c.closed_on is null and c.received_on < s.first_day
            """);

    /** Where a counted case {@code c} stands: its column, its entry row and its exit row. */
    private static final String PLACEMENT = """
            c.applicant_type as column_key,
            case when c.received_on >= s.first_day then 'NEW' else 'CARRIED_IN' end as entry_row,
            case when c.closed_on <= s.last_day then c.outcome else 'CARRIED_OUT' end as exit_row
            """;

    /**
     * Every counted case in its cells, with its receipt date and tracking number (the drill-down's
     * order); {@code narrowing} restricts the cases read (see {@link #narrowing}).
     */
    private static String caseCells(String narrowing) {
        return "case_cells as (" + COUNTED.stream().map(range -> "select c.id as case_id, c.received_on,"
                + " c.tracking_number, " + PLACEMENT + " from (" + range + ") c, scope s where " + narrowing)
                .collect(Collectors.joining(" union all ")) + ")";
    }

    private static final String CASE_CELLS = caseCells("true");

    private static final String REVIEW_CELLS = """
            review_cells as (
                select r.id as review_id, r.case_id, r.agency_code,
                       case when r.kind = 'RECONSIDERATION' then 'RECONSIDERATION'
                            when r.after_reconsideration then 'LITIGATION_AFTER_RECONSIDERATION'
                            else 'LITIGATION_DIRECT' end as row_key,
                       case when r.concluded_on <= s.last_day then r.result else 'PENDING' end as column_key
                  from review r, scope s
                 where r.agency_code = any (s.agencies)
                   and r.filed_on <= s.last_day
                   and (r.concluded_on is null or r.concluded_on >= s.first_day))
            """;

    /** Where one case or review stood in a table: the row keys under one column. */
    public record Placement(String column, List<String> rows) {
    }

    /** A case or review whose placement differs from the one published. */
    public record Change(UUID caseId, Long reviewId, String trackingNumber, Placement published, Placement current) {
    }

    /**
     * A cell's key: a case's receipt date and tracking number, or a review's filing date and number,
     * as {@link #caseCell} and {@link #reviewCell} order and compare them.
     */
    public static final PageKey.Shape<CellItem> CELL_KEY = new PageKey.Shape<>(2,
            item -> item.review() == null ? PageKey.of(item.receivedOn(), item.trackingNumber())
                    : PageKey.of(item.review().filedOn(), item.review().id()));

    public record CellItem(UUID id, String trackingNumber, String agency, String applicantType, LocalDate receivedOn,
            LocalDate closedOn, String outcome, String status, ReviewItem review) {
    }

    public record ReviewItem(long id, String kind, boolean afterReconsideration, LocalDate filedOn, String result,
            LocalDate concludedOn) {
    }

    /** A year's table as published; {@code keyedIn} where its figures were keyed in, with no case behind them. */
    public record Publication(long id, AnnualTable figures, LocalDate publishedOn, Instant publishedAt,
            String publishedBy, boolean keyedIn) {
    }

    private final DataSource dataSource;

    @Inject
    public StatisticsQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Makes the rest of the current transaction read one snapshot of the database, and refuse to
     * write. PostgreSQL's default (read committed) takes a new snapshot for every statement, so a
     * table, its publication and the differences read one after another could each see a case in a
     * different state; repeatable read keeps the snapshot of the first statement, and never fails a
     * transaction that only reads. It must be the transaction's first statement, or PostgreSQL
     * refuses it; being SQL, it ends with the transaction and leaves the pooled connection as it was.
     */
    @Transactional(TxType.MANDATORY)
    public void readOnlySnapshot() {
        execute("set transaction isolation level repeatable read, read only");
    }

    /** Counted cells of section 三 (row → column → count) and of section 四. */
    public record Counts(Map<String, Map<String, Long>> cases, Map<String, Map<String, Long>> reviews) {

        private static Counts none() {
            return new Counts(new HashMap<>(), new HashMap<>());
        }

        /** The counts of several agencies together (a consolidated table's). */
        static Counts sum(Collection<Counts> parts) {
            Counts sum = none();
            for (Counts part : parts) {
                addAll(sum.cases(), part.cases());
                addAll(sum.reviews(), part.reviews());
            }
            return sum;
        }

        private static void addAll(Map<String, Map<String, Long>> cells, Map<String, Map<String, Long>> more) {
            more.forEach((row, byColumn) -> byColumn.forEach((column, n) -> add(cells, row, column, n)));
        }
    }

    /** One agency's counts of a year, and the version they stand at; null where they may not be kept (V17). */
    public record AgencyCounts(Counts counts, Long version) {
    }

    private static final String KEPT_VERSIONS = """
            kept_versions as (
                select v.agency_code, v.version from statistics_kept_version v, scope s
                 where v.agency_code = any (s.agencies) and v.year = extract(year from s.first_day))
            """;

    /** The version at which each agency's counts of the year may be kept; an agency without one is left out. */
    public Map<String, Long> keptVersions(int year, List<String> agencies) {
        Map<String, Long> versions = new HashMap<>();
        query(SCOPE + KEPT_VERSIONS + "select agency_code, version from kept_versions", year, agencies, List.of(),
                rs -> versions.put(rs.getString(1), rs.getLong(2)));
        return versions;
    }

    /**
     * Each agency's counted cells and the version of its year, one row each, tagged CASES, REVIEWS
     * or VERSION. The cases are counted within each range, so that a few hundred groups pass the
     * union rather than every case.
     */
    private static final String COUNT = SCOPE + "counted_cells as (" + COUNTED.stream()
            .map(range -> "select agency_code, entry_row, exit_row, column_key, count(*) as n from (select"
                    + " c.agency_code, " + PLACEMENT + " from (" + range + ") c, scope s) placed group by 1, 2, 3, 4")
            .collect(Collectors.joining(" union all ")) + "), " + REVIEW_CELLS + ", " + KEPT_VERSIONS + """
            select 'CASES', agency_code, entry_row, exit_row, column_key, n from counted_cells
            union all
            select 'REVIEWS', agency_code, row_key, null, column_key, count(*) from review_cells group by 2, 3, 5
            union all
            select 'VERSION', agency_code, null, null, null, version from kept_versions
            """;

    /**
     * Each agency's counts of a year and the version they stand at, read in one statement, so that
     * they agree. An agency with a version and nothing counted has empty counts; one with neither is
     * left out.
     */
    public Map<String, AgencyCounts> count(int year, List<String> agencies) {
        Map<String, Counts> counts = new HashMap<>();
        Map<String, Long> versions = new HashMap<>();
        query(COUNT, year, agencies, List.of(), rs -> {
            Counts agency = counts.computeIfAbsent(rs.getString(2), a -> Counts.none());
            long n = rs.getLong(6);
            switch (rs.getString(1)) {
                case "CASES" -> {
                    add(agency.cases(), rs.getString(3), rs.getString(5), n);
                    add(agency.cases(), rs.getString(4), rs.getString(5), n);
                }
                case "REVIEWS" -> add(agency.reviews(), rs.getString(3), rs.getString(5), n);
                case "VERSION" -> versions.put(rs.getString(2), n);
                default -> throw new IllegalStateException(rs.getString(1));
            }
        });
        Map<String, AgencyCounts> byAgency = new HashMap<>();
        counts.forEach((agency, counted) -> byAgency.put(agency, new AgencyCounts(counted, versions.get(agency))));
        return byAgency;
    }

    /**
     * The cases behind a cell of section 三 ({@code column} TOTAL means every column) in receipt
     * order, and how many there are, read in one statement: the year's cases are placed once for
     * both, and the count and the page cannot disagree.
     */
    public ListWindow.Slice<CellItem> caseCell(int year, List<String> agencies, String row, String column,
            ListWindow window) {
        List<Object> parameters = new ArrayList<>(List.of(row, column, row, row, TableLayout.TOTAL_CLOSED.equals(row),
                TableLayout.TOTAL.equals(column)));
        parameters.addAll(windowParameters(window, key -> Arrays.asList(key.date(0), key.text(1))));
        return cell(SCOPE + "wanted as (select ?::varchar as row_key, ?::varchar as column_key), "
                + caseCells(narrowing(row)) + """
                , cell as materialized (
                    select m.case_id, m.received_on, m.tracking_number from case_cells m, wanted w
                     where (m.entry_row = ? or m.exit_row = ? or (? and m.exit_row <> 'CARRIED_OUT'))
                       and (? or m.column_key = w.column_key))
                """ + WINDOW.formatted("(received_on, tracking_number) > (?::date, ?)",
                        "received_on, tracking_number") + """
                select counted.n, c.id, c.tracking_number, c.agency_code, c.applicant_type, c.received_on,
                       c.closed_on, c.outcome, c.status
                  from counted left join paged on true left join disclosure_case c on c.id = paged.case_id
                 order by paged.received_on, paged.tracking_number
                """, year, agencies, parameters, window, rs -> caseItem(rs, null));
    }

    /**
     * What a cell's row requires of a case, so that the database reads only the index range where
     * that row's cases lie: a result row's cases closed in the year (with that outcome), a new
     * case was received in it, a carried-in one before it. Only ever wider than the row: which cases
     * the cell holds is still decided by {@link #PLACEMENT}.
     */
    private static String narrowing(String row) {
        return switch (row) {
            case TableLayout.NEW -> "c.received_on >= s.first_day";
            case TableLayout.CARRIED_IN -> "c.received_on < s.first_day";
            case TableLayout.CARRIED_OUT -> "true";
            case TableLayout.TOTAL_CLOSED -> "c.closed_on between s.first_day and s.last_day";
            default -> "c.closed_on between s.first_day and s.last_day"
                    + " and c.outcome = (select row_key from wanted)";
        };
    }

    /**
     * The rows of a cell ({@code cell}, ordered by {@code %2$s}) after the window's key
     * ({@code %1$s} compares a row with it) or offset, one beyond the page, and the cell's count:
     * exact, since ordering the cell has read all of it already.
     */
    private static final String WINDOW = """
            , paged as (select * from cell where (? or %1$s) order by %2$s limit ? offset ?),
            counted as (select count(*) as n from cell)
            """;

    /** The parameters of {@link #WINDOW}; {@code key} gives the values of {@link #CELL_KEY} a row is compared with. */
    private static List<Object> windowParameters(ListWindow window, Function<PageKey, List<Object>> key) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(window.after() == null);
        parameters.addAll(window.after() == null ? Collections.nCopies(CELL_KEY.parts(), null)
                : key.apply(window.after()));
        parameters.add(window.size() + 1);
        parameters.add(window.offset());
        return parameters;
    }

    private <T> ListWindow.Slice<T> cell(String sql, int year, List<String> agencies, List<Object> parameters,
            ListWindow window, ItemReader<T> item) {
        List<T> items = new ArrayList<>();
        long[] counted = new long[1];
        query(sql, year, agencies, parameters, rs -> {
            counted[0] = rs.getLong(1);
            if (rs.getObject(2) != null) {
                items.add(item.read(rs));
            }
        });
        return window.slice(items, counted[0]);
    }

    @FunctionalInterface
    private interface ItemReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The reviews behind a cell of section 四 in filing order, and how many there are, as {@link #caseCell}. */
    public ListWindow.Slice<CellItem> reviewCell(int year, List<String> agencies, String row, String column,
            ListWindow window) {
        List<Object> parameters = new ArrayList<>(List.of(row, TableLayout.TOTAL.equals(column), column));
        parameters.addAll(windowParameters(window, key -> Arrays.asList(key.date(0), key.number(1))));
        return cell(SCOPE + REVIEW_CELLS + """
                , cell as materialized (
                    select review_id, r.filed_on from review_cells join review r on r.id = review_id
                     where row_key = ? and (? or column_key = ?))
                """ + WINDOW.formatted("(filed_on, review_id) > (?::date, ?::bigint)", "filed_on, review_id") + """
                select counted.n, c.id, c.tracking_number, c.agency_code, c.applicant_type, c.received_on,
                       c.closed_on, c.outcome, c.status,
                       r.id, r.kind, r.after_reconsideration, r.filed_on, r.result, r.concluded_on
                  from counted left join paged on true left join review r on r.id = paged.review_id
                  left join disclosure_case c on c.id = r.case_id
                 order by paged.filed_on, paged.review_id
                """, year, agencies, parameters, window,
                rs -> caseItem(rs, new ReviewItem(rs.getLong(10), rs.getString(11), rs.getBoolean(12),
                        localDate(rs, 13), rs.getString(14), localDate(rs, 15))));
    }

    /**
     * Makes case and review changes wait until the current transaction ends, so that what it reads
     * next is one consistent picture. Brief: taken only while a year's table is published.
     *
     * <p>MANDATORY because the lock lasts only as long as the transaction that takes it. The
     * connection the statement runs on, and closes, is the one enlisted in the caller's transaction,
     * which keeps it, and the lock, until it commits or rolls back; without a transaction the
     * statement would commit on its own and release the lock at once, and the figures read next
     * would hold nothing still.
     */
    @Transactional(TxType.MANDATORY)
    public void holdCaseChanges() {
        execute("lock table disclosure_case, review in share mode");
    }

    /**
     * Stores a year's table as published, with the placement of every case and review behind it.
     * Empty when this table was published before. MANDATORY: its three statements stand or fall together.
     */
    @Transactional(TxType.MANDATORY)
    public Optional<Long> publish(int year, List<String> agencies, String agency, boolean includeSubordinates,
            String figuresJson, LocalDate on, Instant at, String by) {
        try (Connection connection = dataSource.getConnection()) {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into statistics_publication
                        (agency_code, year, include_subordinates, figures, published_on, published_at, published_by)
                    values (?, ?, ?, ?::jsonb, ?, ?, ?)
                    on conflict (agency_code, year, include_subordinates) do nothing
                    returning id
                    """)) {
                bind(insert, 1, List.of(agency, year, includeSubordinates, figuresJson, Date.valueOf(on),
                        Timestamp.from(at), by));
                try (ResultSet rs = insert.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    id = rs.getLong(1);
                }
            }
            execute(connection, SCOPE + CASE_CELLS + """
                    insert into statistics_publication_case (publication_id, case_id, column_key, entry_row, exit_row)
                    select ?, case_id, column_key, entry_row, exit_row from case_cells
                    """, scope(year, agencies, List.of(id)));
            execute(connection, SCOPE + REVIEW_CELLS + """
                    insert into statistics_publication_review (publication_id, review_id, row_key, column_key)
                    select ?, review_id, row_key, column_key from review_cells
                    """, scope(year, agencies, List.of(id)));
            return Optional.of(id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores figures keyed in as published, with no case behind them. Empty when the year was published before. */
    @Transactional(TxType.MANDATORY)
    public Optional<Long> keyIn(int year, String agency, String figuresJson, LocalDate on, Instant at, String by) {
        List<Long> ids = new ArrayList<>();
        run("""
                insert into statistics_publication (agency_code, year, include_subordinates, figures, published_on,
                                                    published_at, published_by, keyed_in)
                values (?, ?, false, ?::jsonb, ?, ?, ?, true)
                on conflict (agency_code, year, include_subordinates) do nothing
                returning id
                """, List.of(agency, year, figuresJson, Date.valueOf(on), Timestamp.from(at), by),
                rs -> ids.add(rs.getLong(1)));
        return ids.stream().findFirst();
    }

    public Optional<Publication> publication(int year, String agency, boolean includeSubordinates,
            Function<String, AnnualTable> readFigures) {
        List<Publication> found = new ArrayList<>();
        run("""
                select id, figures::text, published_on, published_at, published_by, keyed_in from statistics_publication
                 where agency_code = ? and year = ? and include_subordinates = ?
                """, List.of(agency, year, includeSubordinates),
                rs -> found.add(new Publication(rs.getLong(1), readFigures.apply(rs.getString(2)), localDate(rs, 3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getBoolean(6))));
        return found.stream().findFirst();
    }

    /** The cases and reviews now placed otherwise than when the table was published. */
    public List<Change> changesSince(long publicationId, int year, List<String> agencies) {
        List<Change> changes = new ArrayList<>();
        query(SCOPE + CASE_CELLS + """
                , published as (select * from statistics_publication_case where publication_id = ?)
                select coalesce(m.case_id, p.case_id), c.tracking_number,
                       p.column_key, p.entry_row, p.exit_row, m.column_key, m.entry_row, m.exit_row
                  from case_cells m
                  full join published p on p.case_id = m.case_id
                  join disclosure_case c on c.id = coalesce(m.case_id, p.case_id)
                 where (p.column_key, p.entry_row, p.exit_row) is distinct from (m.column_key, m.entry_row, m.exit_row)
                 order by c.tracking_number
                """, year, agencies, List.of(publicationId),
                rs -> changes.add(new Change(rs.getObject(1, UUID.class), null, rs.getString(2),
                        placement(rs.getString(3), rs.getString(4), rs.getString(5)),
                        placement(rs.getString(6), rs.getString(7), rs.getString(8)))));
        query(SCOPE + REVIEW_CELLS + """
                , published as (select * from statistics_publication_review where publication_id = ?)
                select r.case_id, r.id, c.tracking_number, p.row_key, p.column_key, m.row_key, m.column_key
                  from review_cells m
                  full join published p on p.review_id = m.review_id
                  join review r on r.id = coalesce(m.review_id, p.review_id)
                  join disclosure_case c on c.id = r.case_id
                 where (p.row_key, p.column_key) is distinct from (m.row_key, m.column_key)
                 order by r.id
                """, year, agencies, List.of(publicationId),
                rs -> changes.add(new Change(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
                        placement(rs.getString(5), rs.getString(4)), placement(rs.getString(7), rs.getString(6)))));
        return changes;
    }

    private static Placement placement(String column, String... rows) {
        return column == null ? null : new Placement(column, List.of(rows));
    }

    /** A cell's case from the columns after the cell's count. */
    private static CellItem caseItem(ResultSet rs, ReviewItem review) throws SQLException {
        return new CellItem(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
                localDate(rs, 6), localDate(rs, 7), rs.getString(8), rs.getString(9), review);
    }

    private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static void add(Map<String, Map<String, Long>> cells, String row, String column, long count) {
        cells.computeIfAbsent(row, r -> new HashMap<>()).merge(column, count, Long::sum);
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs a statement that starts with {@link #SCOPE}, binding the year's bounds and agencies first. */
    private void query(String sql, int year, List<String> agencies, List<Object> more, RowReader reader) {
        run(sql, scope(year, agencies, more), reader);
    }

    private void run(String sql, List<Object> parameters, RowReader reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, 1, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement without parameters on the transaction's connection. */
    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, sql, List.of());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(Connection connection, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, 1, parameters);
            statement.executeUpdate();
        }
    }

    private static List<Object> scope(int year, List<String> agencies, List<Object> more) {
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(LocalDate.of(year, 1, 1)),
                Date.valueOf(LocalDate.of(year, 12, 31)), agencies.toArray(String[]::new)));
        parameters.addAll(more);
        return parameters;
    }

    private static void bind(PreparedStatement statement, int first, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(first + i, parameters.get(i));
        }
    }
}
