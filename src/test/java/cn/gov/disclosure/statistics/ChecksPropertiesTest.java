package cn.gov.disclosure.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;

import cn.gov.disclosure.cases.ApplicantType;
import cn.gov.disclosure.cases.Outcome;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Over random case and review histories, every year's table satisfies its reconciliation checks
 * and holds exactly what the contract's counting rules, applied case by case, give. Runs the
 * production SQL on a real PostgreSQL (embedded) holding the application's schema.
 */
class ChecksPropertiesTest {

    static final LocalDate FIRST = LocalDate.of(2021, 1, 1);
    static final int DAYS = 5 * 365;

    record CaseHistory(ApplicantType type, LocalDate received, Integer daysOpen, Outcome outcome,
            List<ReviewHistory> reviews) {

        LocalDate closed() {
            return daysOpen == null ? null : received.plusDays(daysOpen);
        }
    }

    record ReviewHistory(boolean litigation, boolean afterReconsideration, int daysAfterReceipt, Integer daysToResult,
            String result) {
    }

    static EmbeddedPostgres postgres;
    static AgroalDataSource dataSource;
    static StatisticsQueries queries;

    @BeforeContainer
    static void startDatabase() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().start();
        // Pooled, as in the service: a fresh connection per statement would dominate the run.
        dataSource = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(2)
                        .connectionFactoryConfiguration(factory -> factory
                                .jdbcUrl(postgres.getJdbcUrl("postgres", "postgres"))
                                .principal(new NamePrincipal("postgres")))));
        Flyway.configure().dataSource(dataSource).load().migrate();
        queries = new StatisticsQueries(dataSource);
    }

    @AfterContainer
    static void stopDatabase() throws IOException {
        dataSource.close();
        postgres.close();
    }

    @Property(tries = 400)
    void everyYearReconcilesAndCountsByTheRules(@ForAll("histories") List<CaseHistory> histories)
            throws SQLException {
        String agency = store(histories);
        for (int year = FIRST.getYear(); year <= FIRST.getYear() + 7; year++) {
            StatisticsQueries.Counts counts = counted(year, agency);
            AnnualTable table = AnnualTable.of(year, agency, false, counts.cases(), counts.reviews());
            // The previous year counted from its own side: its 四 must be this year's 二.
            StatisticsQueries.Counts before = counted(year - 1, agency);
            long[] previous = AnnualTable.of(year - 1, agency, false, before.cases(), before.reviews()).rows()
                    .get(TableLayout.CARRIED_OUT);
            List<AnnualTable.Check> checks = Checks.of(table, new Checks.PreviousYear(previous, "computed"));

            assertThat(checks).as("checks of %d", year).allMatch(AnnualTable.Check::holds);
            assertThat(rowsOf(table)).as("section 三 of %d", year).isEqualTo(expectedRows(histories, year));
            assertThat(reviewsOf(table)).as("section 四 of %d", year).isEqualTo(expectedReviews(histories, year));
        }
    }

    private static StatisticsQueries.Counts counted(int year, String agency) {
        return StatisticsQueries.Counts.sum(queries.count(year, List.of(agency)).values().stream()
                .map(StatisticsQueries.AgencyCounts::counts).toList());
    }

    @Provide
    Arbitrary<List<CaseHistory>> histories() {
        Arbitrary<ReviewHistory> review = Builders.withBuilder(() -> new ReviewHistory(false, false, 0, null, null))
                .use(Arbitraries.of(true, false)).in((r, litigation) -> new ReviewHistory(litigation,
                        r.afterReconsideration(), r.daysAfterReceipt(), r.daysToResult(), r.result()))
                .use(Arbitraries.of(true, false)).in((r, after) -> new ReviewHistory(r.litigation(),
                        r.litigation() && after, r.daysAfterReceipt(), r.daysToResult(), r.result()))
                .use(Arbitraries.integers().between(0, 500)).in((r, days) -> new ReviewHistory(r.litigation(),
                        r.afterReconsideration(), days, r.daysToResult(), r.result()))
                .use(Arbitraries.integers().between(0, 500).injectNull(0.3)).in((r, days) -> new ReviewHistory(
                        r.litigation(), r.afterReconsideration(), r.daysAfterReceipt(), days, r.result()))
                .use(Arbitraries.of("MAINTAINED", "CORRECTED", "OTHER")).in((r, result) -> new ReviewHistory(
                        r.litigation(), r.afterReconsideration(), r.daysAfterReceipt(), r.daysToResult(), result))
                .build();
        Arbitrary<CaseHistory> history = Builders.withBuilder(() -> new CaseHistory(null, FIRST, null, null, List.of()))
                .use(Arbitraries.of(ApplicantType.class)).in((c, type) -> new CaseHistory(type, c.received(),
                        c.daysOpen(), c.outcome(), c.reviews()))
                .use(Arbitraries.integers().between(0, DAYS)).in((c, day) -> new CaseHistory(c.type(),
                        FIRST.plusDays(day), c.daysOpen(), c.outcome(), c.reviews()))
                // Some close on the day of receipt, some on 31 December or 1 January, some never.
                .use(Arbitraries.integers().between(0, 800).edgeCases(e -> e.includeOnly(0, 1, 365))
                        .injectNull(0.2)).in((c, days) -> new CaseHistory(c.type(), c.received(), days, c.outcome(),
                                c.reviews()))
                .use(Arbitraries.of(Outcome.class)).in((c, outcome) -> new CaseHistory(c.type(), c.received(),
                        c.daysOpen(), outcome, c.reviews()))
                .use(review.list().ofMaxSize(2)).in((c, reviews) -> new CaseHistory(c.type(), c.received(),
                        c.daysOpen(), c.outcome(), reviews))
                .build();
        return history.list().ofMaxSize(40);
    }

    /** Stores the histories as cases and reviews of a new agency, and returns its code. */
    private static String store(List<CaseHistory> histories) throws SQLException {
        String agency = "P" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into agency (code, name) values (?, ?)")) {
                insert.setString(1, agency);
                insert.setString(2, agency);
                insert.executeUpdate();
            }
            int number = 0;
            for (CaseHistory history : histories) {
                UUID id = UUID.randomUUID();
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into disclosure_case (id, version, agency_code, tracking_number, applicant_type,
                            applicant_name, channel, received_on, description, status, clock, extended,
                            correction_requested, corrected, outcome, closed_on, last_event_on, created_at, created_by)
                        values (?, 0, ?, ?, ?, '申请人', 'IN_PERSON', ?, '某信息', ?, ?, false, false, false, ?, ?, ?, ?,
                            'property')
                        """)) {
                    LocalDate closed = history.closed();
                    insert.setObject(1, id);
                    insert.setString(2, agency);
                    insert.setString(3, agency + "-" + ++number);
                    insert.setString(4, history.type().name());
                    insert.setDate(5, Date.valueOf(history.received()));
                    insert.setString(6, closed == null ? "IN_PROGRESS" : "CLOSED");
                    insert.setString(7, closed == null ? "RUNNING" : "STOPPED");
                    insert.setString(8, closed == null ? null : history.outcome().name());
                    insert.setDate(9, closed == null ? null : Date.valueOf(closed));
                    insert.setDate(10, Date.valueOf(closed == null ? history.received() : closed));
                    insert.setTimestamp(11, Timestamp.from(Instant.now()));
                    insert.executeUpdate();
                }
                for (ReviewHistory review : history.reviews()) {
                    try (PreparedStatement insert = connection.prepareStatement("""
                            insert into review (case_id, agency_code, kind, after_reconsideration, filed_on, result,
                                concluded_on, created_at, created_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, 'property')
                            """)) {
                        LocalDate filed = history.received().plusDays(review.daysAfterReceipt());
                        insert.setObject(1, id);
                        insert.setString(2, agency);
                        insert.setString(3, review.litigation() ? "LITIGATION" : "RECONSIDERATION");
                        insert.setBoolean(4, review.afterReconsideration());
                        insert.setDate(5, Date.valueOf(filed));
                        insert.setString(6, review.daysToResult() == null ? null : review.result());
                        insert.setDate(7, review.daysToResult() == null ? null
                                : Date.valueOf(filed.plusDays(review.daysToResult())));
                        insert.setTimestamp(8, Timestamp.from(Instant.now()));
                        insert.executeUpdate();
                    }
                }
            }
        }
        return agency;
    }

    /** The contract's rules, case by case: where each case stands in {@code year}'s table. */
    private static Map<String, List<Long>> expectedRows(List<CaseHistory> histories, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<String, long[]> rows = new HashMap<>();
        TableLayout.ROWS.forEach(row -> rows.put(row, new long[TableLayout.COLUMNS.size()]));
        for (CaseHistory c : histories) {
            LocalDate closed = c.closed();
            boolean counted = !c.received().isAfter(last) && (closed == null || !closed.isBefore(first));
            if (!counted) {
                continue;
            }
            int column = TableLayout.COLUMNS.indexOf(c.type().name());
            List<String> cells = List.of(c.received().isBefore(first) ? "CARRIED_IN" : "NEW",
                    closed != null && !closed.isAfter(last) ? c.outcome().name() : "CARRIED_OUT");
            for (String row : cells) {
                for (String target : TableLayout.isOutcomeRow(row) ? List.of(row, "TOTAL_CLOSED") : List.of(row)) {
                    countWithTotal(rows.get(target), column);
                }
            }
        }
        return boxed(rows);
    }

    private static Map<String, List<Long>> expectedReviews(List<CaseHistory> histories, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<String, long[]> rows = new HashMap<>();
        TableLayout.REVIEW_ROWS.forEach(row -> rows.put(row, new long[TableLayout.REVIEW_COLUMNS.size()]));
        for (CaseHistory c : histories) {
            for (ReviewHistory r : c.reviews()) {
                LocalDate filed = c.received().plusDays(r.daysAfterReceipt());
                LocalDate concluded = r.daysToResult() == null ? null : filed.plusDays(r.daysToResult());
                if (filed.isAfter(last) || (concluded != null && concluded.isBefore(first))) {
                    continue;
                }
                String row = !r.litigation() ? "RECONSIDERATION"
                        : r.afterReconsideration() ? "LITIGATION_AFTER_RECONSIDERATION" : "LITIGATION_DIRECT";
                String column = concluded != null && !concluded.isAfter(last) ? r.result() : "PENDING";
                countWithTotal(rows.get(row), TableLayout.REVIEW_COLUMNS.indexOf(column));
            }
        }
        return boxed(rows);
    }

    private static void countWithTotal(long[] figures, int column) {
        figures[column]++;
        figures[figures.length - 1]++;
    }

    private static Map<String, List<Long>> boxed(Map<String, long[]> rows) {
        Map<String, List<Long>> result = new HashMap<>();
        rows.forEach((row, figures) -> result.put(row, Arrays.stream(figures).boxed().toList()));
        return result;
    }

    private static Map<String, List<Long>> rowsOf(AnnualTable table) {
        return boxed(table.rows());
    }

    private static Map<String, List<Long>> reviewsOf(AnnualTable table) {
        Map<String, long[]> rows = new HashMap<>();
        TableLayout.REVIEW_ROWS.forEach(row -> rows.put(row, table.reviews().row(row)));
        return boxed(rows);
    }
}
