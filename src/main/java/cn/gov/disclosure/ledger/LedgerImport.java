package cn.gov.disclosure.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Imports an office's ledger, all or nothing: every row is read and checked against the rules a
 * case worked in the service keeps ({@link LedgerChecks}), every refusal is listed, and only a
 * ledger without one is stored, in one transaction. Rows whose 登记编号 the agency already holds,
 * with the same content, are left as they are, so importing a ledger twice creates nothing; one
 * agency's imports take turns.
 */
@ApplicationScoped
public class LedgerImport {

    /** What an import found and did. */
    public record Result(int rows, int created, int unchanged, List<LedgerError> errors) {
    }

    /** Cases stored between two flushes of the session. */
    private static final int STORED_PER_FLUSH = 50;

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
        LedgerParser.Parsed parsed;
        try {
            parsed = LedgerParser.parse(LedgerFiles.read(file));
        } catch (LedgerFiles.Unreadable e) {
            throw Refusal.ofField("file", LedgerRefusal.UNREADABLE);
        }
        List<LedgerError> errors = new ArrayList<>(parsed.errors());
        Map<String, Department> departments = agencies.departments(agency).stream()
                .collect(Collectors.toMap(d -> d.code, d -> d));
        LedgerExport.Held held = export.held(agency);
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate today = dates.today();

        Map<String, Integer> seen = new HashMap<>();
        List<Row<LedgerEntry>> fresh = new ArrayList<>();
        Map<String, LedgerChecks.Periods> periods = new HashMap<>();
        int unchanged = 0;
        for (Row<LedgerEntry> row : parsed.entries()) {
            LedgerEntry entry = row.entry();
            Integer earlier = seen.putIfAbsent(entry.number(), row.number());
            if (earlier != null) {
                errors.add(error(row.number(), LedgerLayout.Column.NUMBER, "DUPLICATE_NUMBER", "row", earlier));
                continue;
            }
            LedgerChecks.Periods counted;
            try {
                counted = periods(entry, calendar);
            } catch (CalendarMissingException e) {
                errors.add(error(row.number(), null, "NO_CALENDAR", "year", e.year()));
                continue;
            }
            entry = withCorrectionDue(entry, counted);
            List<LedgerChecks.Problem> problems = LedgerChecks.of(entry, counted, dates.earliest(), today,
                    entry.department() == null || departments.containsKey(entry.department()));
            problems.forEach(p -> errors.add(new LedgerError(LedgerLayout.APPLICATIONS, row.number(),
                    p.column() == null ? null : p.column().header, p.message())));
            if (!problems.isEmpty()) {
                continue;
            }
            LedgerEntry existing = held.entries().get(entry.number());
            if (existing == null) {
                fresh.add(new Row<>(row.number(), entry));
                periods.put(entry.number(), counted);
            } else if (existing.equals(entry)) {
                unchanged++;
            } else {
                errors.add(error(row.number(), LedgerLayout.Column.NUMBER, "CHANGED"));
            }
        }
        List<Row<LedgerReview>> freshReviews = new ArrayList<>();
        Map<String, LedgerEntry> known = new HashMap<>(held.entries());
        fresh.forEach(r -> known.put(r.entry().number(), r.entry()));
        for (Row<LedgerReview> row : parsed.reviews()) {
            LedgerReview review = row.entry();
            String problem = reviewProblem(review, known.get(review.number()), today);
            if (problem != null) {
                errors.add(new LedgerError(LedgerLayout.REVIEWS, row.number(), null, problem));
            } else if (held.reviews().contains(review)) {
                unchanged++;
            } else {
                freshReviews.add(row);
            }
        }
        int rows = parsed.rows();
        if (!errors.isEmpty() || dryRun) {
            return new Result(rows, errors.isEmpty() ? fresh.size() + freshReviews.size() : 0, unchanged,
                    List.copyOf(errors));
        }
        String source = fileName == null || fileName.isBlank() ? Sha256.hex(file) : fileName;
        Map<String, UUID> cases = new HashMap<>(held.ids());
        int stored = 0;
        for (Row<LedgerEntry> row : fresh) {
            if (++stored % STORED_PER_FLUSH == 0) {
                // Every query flushes what the session holds: keep it small, or a ledger stores in quadratic time.
                em.flush();
                em.clear();
            }
            LedgerEntry e = row.entry();
            LedgerChecks.Periods counted = periods.get(e.number());
            cases.put(e.number(), takeOver.take(new CaseTakeOver.Taken(agency, e.number(), e.applicantType(),
                    e.applicantName(), e.idNumber(), e.phone(), e.email(), e.address(), e.channel(), e.receivedOn(),
                    e.description(), e.deliveryForm(), e.department() == null ? null : departments.get(e.department()),
                    e.acceptedOn(), e.correctionRequestedOn(), counted.correctionDueOn(), e.correctedOn(),
                    e.consultedOn(), counted.consultationEndsOn(), e.consultationRepliedOn(), e.extendedOn(),
                    e.feeNotifiedOn(), e.feeMethod(), e.feePages(), counted.feeDueOn(), e.feePaidOn(), e.closedOn(),
                    e.outcome(), LedgerChecks.standing(e, counted, today),
                    Map.of("file", source, "row", row.number()))));
        }
        for (Row<LedgerReview> row : freshReviews) {
            LedgerReview r = row.entry();
            Review review = new Review();
            review.caseId = cases.get(r.number());
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
        return new Result(rows, fresh.size() + freshReviews.size(), unchanged, List.of());
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
    private static String reviewProblem(LedgerReview r, LedgerEntry application, LocalDate today) {
        if (application == null) {
            return Wording.chinese("Ledger.UNKNOWN_APPLICATION", "number", r.number());
        }
        if (r.filedOn().isBefore(application.receivedOn()) || r.filedOn().isAfter(today)) {
            return Wording.chinese("Ledger.REVIEW_FILED_OUTSIDE", "receivedOn", application.receivedOn());
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
