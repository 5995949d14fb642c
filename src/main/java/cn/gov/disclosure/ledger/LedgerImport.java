package cn.gov.disclosure.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import cn.gov.disclosure.agency.AgencyService;
import cn.gov.disclosure.agency.Department;
import cn.gov.disclosure.calendar.CalendarMissingException;
import cn.gov.disclosure.calendar.CalendarService;
import cn.gov.disclosure.calendar.WorkingDayCalendar;
import cn.gov.disclosure.cases.CaseRules;
import cn.gov.disclosure.cases.CaseTakeOver;
import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.common.Sha256;
import cn.gov.disclosure.common.Wording;
import cn.gov.disclosure.ledger.LedgerParser.Row;
import cn.gov.disclosure.review.Review;
import cn.gov.disclosure.security.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Imports an office's ledger, all or nothing: every row is read and checked against the rules a
 * case worked in the service keeps ({@link LedgerChecks}), every refusal is listed, and a ledger
 * with one stores nothing. Rows are compared with what the agency holds, and stored, a chunk at a
 * time, in one transaction that a refusal rolls back: the import holds a chunk of cases, not the
 * agency's. Rows whose 登记编号 the agency already holds, with the same content, are left as they
 * are, so importing a ledger twice creates nothing; one agency's imports take turns.
 */
@ApplicationScoped
public class LedgerImport {

    /** What an import found and did. */
    public record Result(int rows, int created, int unchanged, List<LedgerError> errors) {
    }

    /** Rows compared with what the agency holds, and stored, at a time. */
    static final int ROWS_PER_CHUNK = 1000;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    AgencyService agencies;

    @Inject
    CalendarService calendars;

    @Inject
    CaseRules rules;

    @Inject
    BusinessDates dates;

    @Inject
    CaseTakeOver takeOver;

    @Inject
    LedgerExport export;

    @Inject
    Clock clock;

    /** A large ledger stores for minutes, longer than the default transaction may run. */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "disclosure.ledger.import-timeout")
    public Result run(String agencyCode, String fileName, byte[] file, boolean dryRun) {
        String agency = user.requireAgency(agencyCode);
        agencies.requireAgency("agency", agency);
        // One agency's imports take turns: the second sees what the first stored, and leaves it.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('ledger import'), hashtext(?1))")
                .setParameter(1, agency).getSingleResult();
        // A chunk's cases go to the database in batches, not one statement each.
        em.unwrap(Session.class).setJdbcBatchSize(ROWS_PER_CHUNK);
        // Each chunk asks for cases by key again, on a pooled connection that keeps a statement's plan: one
        // planned while the table was small walks all of it (3 s a chunk once it held 110,000 cases).
        em.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
        String source = fileName == null || fileName.isBlank() ? Sha256.hex(file) : fileName;
        Chunks chunks = new Chunks(agency, source, dryRun);
        int rows;
        try (LedgerFiles.Sheets sheets = LedgerFiles.open(file)) {
            LedgerParser parser = new LedgerParser(sheets, chunks.errors);
            parser.applications(chunks::application);
            chunks.compareApplications();
            parser.reviews(chunks::review);
            chunks.compareReviews();
            rows = parser.rows();
        } catch (LedgerFiles.Unreadable e) {
            throw Refusal.ofField("file", LedgerRefusal.UNREADABLE);
        }
        if (chunks.errors.isEmpty()) {
            return new Result(rows, chunks.created, chunks.unchanged, List.of());
        }
        // What the chunks before the first refusal stored goes too.
        QuarkusTransaction.setRollbackOnly();
        return new Result(rows, 0, chunks.unchanged, List.copyOf(chunks.errors));
    }

    /** A row that passed the checks, with the periods counted for it. */
    private record Checked(int row, LedgerEntry entry, LedgerChecks.Periods periods) {
    }

    /** The first row that lists a number, and its day of receipt if it passed the checks. */
    private record Listed(int row, LocalDate receivedOn) {
    }

    /**
     * One import's rows as they go: each checked as it comes, then compared with what the agency holds
     * and stored a chunk at a time, until a row is refused (a dry run stores none).
     */
    private final class Chunks {

        final String agency;
        final String source;
        final boolean dryRun;
        final Map<String, Department> departments;
        final WorkingDayCalendar calendar = calendars.calendar();
        final LocalDate today = dates.today();
        final List<LedgerError> errors = new ArrayList<>();
        /** Every number the ledger lists, for its duplicates and for the reviews of its applications. */
        final Map<String, Listed> listed = new HashMap<>();
        /** The agency's cases before this import, by number. */
        final Map<String, UUID> held;
        /** The cases this import stored, by number. */
        final Map<String, UUID> stored = new HashMap<>();
        final List<Checked> applications = new ArrayList<>();
        final List<Row<LedgerReview>> reviews = new ArrayList<>();
        int created;
        int unchanged;

        Chunks(String agency, String source, boolean dryRun) {
            this.agency = agency;
            this.source = source;
            this.dryRun = dryRun;
            this.departments = agencies.departments(agency).stream().collect(Collectors.toMap(d -> d.code, d -> d));
            this.held = export.numbers(agency);
        }

        void application(Row<LedgerEntry> row) {
            LedgerEntry entry = row.entry();
            Listed earlier = listed.putIfAbsent(entry.number(), new Listed(row.number(), null));
            if (earlier != null) {
                errors.add(error(row.number(), LedgerLayout.Column.NUMBER, "DUPLICATE_NUMBER", "row", earlier.row()));
                return;
            }
            LedgerChecks.Periods counted;
            try {
                counted = periods(entry, calendar);
            } catch (CalendarMissingException e) {
                errors.add(error(row.number(), null, "NO_CALENDAR", "year", e.year()));
                return;
            }
            LedgerEntry kept = withCorrectionDue(entry, counted);
            List<LedgerChecks.Problem> problems = LedgerChecks.of(kept, counted, dates.earliest(), today,
                    kept.department() == null || departments.containsKey(kept.department()));
            problems.forEach(p -> errors.add(new LedgerError(LedgerLayout.APPLICATIONS, row.number(),
                    p.column() == null ? null : p.column().header, p.message())));
            if (!problems.isEmpty()) {
                return;
            }
            listed.put(kept.number(), new Listed(row.number(), kept.receivedOn()));
            applications.add(new Checked(row.number(), kept, counted));
            if (applications.size() == ROWS_PER_CHUNK) {
                compareApplications();
            }
        }

        /** The chunk's rows the agency does not hold yet are stored, unless a row was refused. */
        void compareApplications() {
            LedgerExport.Held holding = holding(applications.stream().map(c -> c.entry().number()));
            List<Checked> fresh = new ArrayList<>();
            for (Checked checked : applications) {
                LedgerEntry existing = holding.entries().get(checked.entry().number());
                if (existing == null) {
                    fresh.add(checked);
                } else if (existing.equals(checked.entry())) {
                    unchanged++;
                } else {
                    errors.add(error(checked.row(), LedgerLayout.Column.NUMBER, "CHANGED"));
                }
            }
            created += fresh.size();
            if (storing()) {
                List<UUID> ids = takeOver.take(agency, fresh.stream().map(this::taken).toList());
                for (int i = 0; i < fresh.size(); i++) {
                    stored.put(fresh.get(i).entry().number(), ids.get(i));
                }
            }
            applications.clear();
            leaveSession();
        }

        void review(Row<LedgerReview> row) {
            reviews.add(row);
            if (reviews.size() == ROWS_PER_CHUNK) {
                compareReviews();
            }
        }

        /** Reviews come after every application: they refer to the ledger's rows as well as to the agency's. */
        void compareReviews() {
            LedgerExport.Held holding = holding(reviews.stream().map(r -> r.entry().number()));
            List<LedgerReview> fresh = new ArrayList<>();
            for (Row<LedgerReview> row : reviews) {
                LedgerReview review = row.entry();
                Listed application = listed.get(review.number());
                LedgerEntry existing = holding.entries().get(review.number());
                LocalDate receivedOn = application != null && application.receivedOn() != null
                        ? application.receivedOn() : existing == null ? null : existing.receivedOn();
                String problem = reviewProblem(review, receivedOn, today);
                if (problem != null) {
                    errors.add(new LedgerError(LedgerLayout.REVIEWS, row.number(), null, problem));
                } else if (holding.reviews().contains(review)) {
                    unchanged++;
                } else {
                    fresh.add(review);
                }
            }
            created += fresh.size();
            if (storing()) {
                fresh.forEach(r -> store(r, stored.getOrDefault(r.number(), held.get(r.number()))));
            }
            reviews.clear();
            leaveSession();
        }

        /** What the agency held before this import under the chunk's numbers. */
        private LedgerExport.Held holding(Stream<String> numbers) {
            return export.held(agency, numbers.map(held::get).filter(Objects::nonNull).distinct().toList());
        }

        private boolean storing() {
            return !dryRun && errors.isEmpty();
        }

        /** What a chunk read or stored leaves the session: it would hold the whole ledger by the end. */
        private void leaveSession() {
            em.flush();
            em.clear();
        }

        private CaseTakeOver.Taken taken(Checked checked) {
            LedgerEntry e = checked.entry();
            LedgerChecks.Periods counted = checked.periods();
            return new CaseTakeOver.Taken(e.number(), e.applicantType(), e.applicantName(), e.idNumber(), e.phone(),
                    e.email(), e.address(), e.channel(), e.receivedOn(), e.description(), e.deliveryForm(),
                    e.department() == null ? null : departments.get(e.department()), e.acceptedOn(),
                    e.correctionRequestedOn(), counted.correctionDueOn(), e.correctedOn(), e.consultedOn(),
                    counted.consultationEndsOn(), e.consultationRepliedOn(), e.extendedOn(), e.feeNotifiedOn(),
                    e.feeMethod(), e.feePages(), counted.feeDueOn(), e.feePaidOn(), e.closedOn(), e.outcome(),
                    LedgerChecks.standing(e, counted, today), Map.of("file", source, "row", checked.row()));
        }

        private void store(LedgerReview r, UUID caseId) {
            Review review = new Review();
            review.caseId = caseId;
            review.agencyCode = agency;
            review.kind = r.kind();
            review.afterReconsideration = r.afterReconsideration();
            review.filedOn = r.filedOn();
            review.result = r.result();
            review.concludedOn = r.concludedOn();
            review.createdAt = clock.instant();
            review.createdBy = user.username();
            review.persist();
        }
    }

    /** The periods the service would count for the row's steps, with the row's own correction period where given. */
    private LedgerChecks.Periods periods(LedgerEntry e, WorkingDayCalendar calendar) {
        LocalDate correctionDue = e.correctionRequestedOn() == null ? null
                : e.correctionDueOn() != null ? e.correctionDueOn()
                : calendar.addWorkingDays(e.correctionRequestedOn(), rules.correctionWorkingDays());
        LocalDate consultationEnds = e.consultedOn() == null ? null
                : calendar.addWorkingDays(e.consultedOn(), rules.consultationWorkingDays());
        LocalDate feeDue = e.feeNotifiedOn() == null ? null
                : calendar.addWorkingDays(e.feeNotifiedOn(), rules.paymentWorkingDays());
        return new LedgerChecks.Periods(correctionDue, consultationEnds, feeDue);
    }

    /** The row as the service keeps it: its correction period's last day written out, as the export writes it. */
    private static LedgerEntry withCorrectionDue(LedgerEntry e, LedgerChecks.Periods periods) {
        return new LedgerEntry(e.number(), e.applicantType(), e.applicantName(), e.idNumber(), e.phone(), e.email(),
                e.address(), e.channel(), e.receivedOn(), e.description(), e.deliveryForm(), e.department(),
                e.acceptedOn(), e.correctionRequestedOn(), periods.correctionDueOn(), e.correctedOn(), e.consultedOn(),
                e.consultationRepliedOn(), e.extendedOn(), e.feeNotifiedOn(), e.feeMethod(), e.feePages(),
                e.feePaidOn(), e.closedOn(), e.outcome());
    }

    /** What is wrong with a review row, in Chinese; null if nothing. */
    private static String reviewProblem(LedgerReview r, LocalDate applicationReceivedOn, LocalDate today) {
        if (applicationReceivedOn == null) {
            return Wording.chinese("Ledger.UNKNOWN_APPLICATION", "number", r.number());
        }
        if (r.filedOn().isBefore(applicationReceivedOn) || r.filedOn().isAfter(today)) {
            return Wording.chinese("Ledger.REVIEW_FILED_OUTSIDE", "receivedOn", applicationReceivedOn);
        }
        if (r.afterReconsideration() && r.kind() != Review.Kind.LITIGATION) {
            return Wording.chinese("Ledger.AFTER_RECONSIDERATION_NOT_LITIGATION");
        }
        if ((r.result() == null) != (r.concludedOn() == null)) {
            return Wording.chinese("Ledger.REVIEW_RESULT_PAIR");
        }
        if (r.concludedOn() != null && (r.concludedOn().isBefore(r.filedOn()) || r.concludedOn().isAfter(today))) {
            return Wording.chinese("Ledger.REVIEW_CONCLUDED_OUTSIDE", "filedOn", r.filedOn());
        }
        return null;
    }

    private static LedgerError error(int row, LedgerLayout.Column column, String key, Object... args) {
        return new LedgerError(LedgerLayout.APPLICATIONS, row, column == null ? null : column.header,
                Wording.chinese("Ledger." + key, args));
    }
}
