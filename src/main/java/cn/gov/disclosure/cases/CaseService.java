package cn.gov.disclosure.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.gov.disclosure.agency.Agency;
import cn.gov.disclosure.agency.AgencyRefusal;
import cn.gov.disclosure.agency.Department;
import cn.gov.disclosure.calendar.CalendarService;
import cn.gov.disclosure.calendar.WorkingDayCalendar;
import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.common.PageRequest;
import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.fee.Fee;
import cn.gov.disclosure.fee.FeeCalculator;
import cn.gov.disclosure.fee.FeeConfig;
import cn.gov.disclosure.security.CurrentUser;
import cn.gov.disclosure.workflow.CaseProcess;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * Registers applications and carries out the actions of the contract. Every method runs in one
 * transaction with the process engine: the case row is locked first, so of two concurrent actions
 * on one case the second sees the first's result and is refused if it no longer fits.
 */
@ApplicationScoped
@Transactional
public class CaseService {

    /** The longest Idempotency-Key (or the registration form's one-off key) the service keeps. */
    public static final int MAX_IDEMPOTENCY_KEY = 200;


    /** Every status but CLOSED: where a withdrawal is possible. */
    private static final CaseStatus[] OPEN = { CaseStatus.RECEIVED, CaseStatus.CORRECTION_REQUESTED,
            CaseStatus.IN_PROGRESS, CaseStatus.THIRD_PARTY_CONSULTATION, CaseStatus.AWAITING_FEE };

    @Inject
    EntityManager em;

    @Inject
    CaseProcess process;

    @Inject
    CurrentUser user;

    @Inject
    BusinessDates dates;

    @Inject
    CalendarService calendars;

    @Inject
    Deadlines deadlines;

    @Inject
    CaseRules rules;

    @Inject
    FeeCalculator fees;

    @Inject
    FeeConfig feeConfig;

    @Inject
    Event<CaseRegistered> registered;

    /** The case registered, and whether it was registered by an earlier request with the same key. */
    public record Registered(DisclosureCase c, boolean replayed) {
    }

    public Registered register(CaseRequests.Registration request, String idempotencyKey) {
        String agency = user.requireAgency(request.agency());
        if (Agency.findById(agency) == null) {
            throw Refusal.ofField("agency", AgencyRefusal.UNKNOWN, "code", agency);
        }
        LocalDate receivedOn = dates.dayOf("receivedOn", request.receivedOn());
        if (idempotencyKey != null && idempotencyKey.length() > MAX_IDEMPOTENCY_KEY) {
            throw Refusal.ofField("Idempotency-Key", CaseRefusal.KEY_TOO_LONG, "max", MAX_IDEMPOTENCY_KEY);
        }
        UUID id = UUID.randomUUID();
        if (idempotencyKey != null) {
            // Waits for a concurrent request with the same key to finish, then yields to it.
            int claimed = em.createNativeQuery("insert into idempotency_key (username, key, case_id, created_at) "
                    + "values (?1, ?2, ?3, now()) on conflict do nothing")
                    .setParameter(1, user.username()).setParameter(2, idempotencyKey).setParameter(3, id)
                    .executeUpdate();
            if (claimed == 0) {
                UUID earlier = (UUID) em.createNativeQuery(
                        "select case_id from idempotency_key where username = ?1 and key = ?2")
                        .setParameter(1, user.username()).setParameter(2, idempotencyKey).getSingleResult();
                return new Registered(em.find(DisclosureCase.class, earlier), true);
            }
        }
        DisclosureCase c = new DisclosureCase();
        c.id = id;
        c.agencyCode = agency;
        // Provisional and unique; the number proper is taken last, see below.
        c.trackingNumber = id.toString();
        CaseRequests.Applicant applicant = request.applicant();
        c.applicantType = applicant.type();
        c.applicantName = applicant.name().trim();
        c.applicantIdNumber = blankToNull(applicant.idNumber());
        c.applicantPhone = blankToNull(applicant.phone());
        c.applicantEmail = blankToNull(applicant.email());
        c.applicantAddress = blankToNull(applicant.address());
        c.channel = request.channel();
        c.receivedOn = receivedOn;
        c.description = request.description();
        c.deliveryForm = request.deliveryForm();
        c.status = CaseStatus.RECEIVED;
        c.clock = ResponseClock.RUNNING;
        c.lastEventOn = receivedOn;
        c.createdAt = Instant.now();
        c.createdBy = user.username();
        c.persist();
        CaseHistory.append(c, EventType.RECEIVED, receivedOn, user.username(), Map.of("channel", c.channel.name()));
        em.flush();
        c.processInstanceId = process.start(c.id);
        // Numbers are gapless, so taking one locks the agency's counter until commit: every other
        // registration of the agency waits for whatever this transaction does after it. Taken
        // before the process started, it made registrations of one agency queue up behind it.
        c.trackingNumber = nextTrackingNumber(agency, receivedOn.getYear());
        registered.fire(new CaseRegistered(c.agencyCode, c.channel));
        return new Registered(c, false);
    }

    public DisclosureCase accept(UUID id, CaseRequests.Acceptance request) {
        Step step = begin(id, request.on(), CaseStatus.RECEIVED);
        DisclosureCase c = step.c();
        LocalDate on = step.on();
        Department department = Department.findByCode(c.agencyCode, request.department())
                .orElseThrow(() -> Refusal.ofField("department", AgencyRefusal.UNKNOWN_DEPARTMENT, "department",
                        request.department(), "code", c.agencyCode));
        c.departmentId = department.id;
        record(c, EventType.ACCEPTED, on, Map.of("department", department.code));
        process.accept(c.id);
        return c;
    }

    public DisclosureCase requestCorrection(UUID id, CaseRequests.CorrectionRequest request) {
        Step step = begin(id, request.on(), CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS);
        DisclosureCase c = step.c();
        LocalDate on = step.on();
        if (c.correctionRequested) {
            throw Refusal.of(CaseRefusal.CORRECTION_ONCE);
        }
        LocalDate dueOn = request.dueOn() != null ? dates.within("dueOn", request.dueOn())
                : deadlines.periodEnd(calendars.calendar(), on, rules.correctionWorkingDays());
        if (!dueOn.isAfter(on)) {
            throw Refusal.ofField("dueOn", CaseRefusal.CORRECTION_DUE_NOT_AFTER_REQUEST, "on", on);
        }
        c.correctionRequested = true;
        c.correctionDueOn = dueOn;
        c.returnStatus = c.status;
        record(c, EventType.CORRECTION_REQUESTED, on, Map.of("items", request.items(), "dueOn", dueOn.toString()));
        process.requestCorrection(c.id, c.returnStatus.name(), dates.startOf(dueOn.plusDays(1)));
        return c;
    }

    public DisclosureCase correct(UUID id, CaseRequests.Dated request) {
        Step step = begin(id, request.on(), CaseStatus.CORRECTION_REQUESTED);
        DisclosureCase c = step.c();
        LocalDate on = step.on();
        c.corrected = true;
        record(c, EventType.CORRECTED, on, Map.of());
        process.corrected(c.id);
        return c;
    }

    public DisclosureCase consultThirdParty(UUID id, CaseRequests.ThirdPartyConsultation request) {
        Step step = begin(id, request.on(), CaseStatus.IN_PROGRESS);
        DisclosureCase c = step.c();
        LocalDate on = step.on();
        c.consultationEndsOn = deadlines.periodEnd(calendars.calendar(), on, rules.consultationWorkingDays());
        record(c, EventType.THIRD_PARTY_CONSULTATION_STARTED, on,
                Map.of("party", request.party(), "periodEndsOn", c.consultationEndsOn.toString()));
        process.consultThirdParty(c.id, dates.startOf(c.consultationEndsOn.plusDays(1)));
        return c;
    }

    public DisclosureCase thirdPartyReplied(UUID id, CaseRequests.ThirdPartyReply request) {
        Step step = begin(id, request.on(), CaseStatus.THIRD_PARTY_CONSULTATION);
        DisclosureCase c = step.c();
        LocalDate on = step.on();
        Map<String, Object> details = new HashMap<>();
        if (request.consents() != null) {
            details.put("consents", request.consents());
        }
        record(c, EventType.THIRD_PARTY_REPLIED, on, details);
        process.thirdPartyReplied(c.id);
        return c;
    }

    public DisclosureCase extend(UUID id, CaseRequests.Extension request) {
        Step step = begin(id, request.on(), CaseStatus.IN_PROGRESS);
        DisclosureCase c = step.c();
        LocalDate on = step.on();
        if (c.extended) {
            throw Refusal.of(CaseRefusal.EXTENDED_ONCE);
        }
        if (c.responseDueOn == null) {
            throw Refusal.of(CaseRefusal.NO_DUE_DATE_TO_EXTEND, "problem", c.deadlineProblem);
        }
        if (on.isAfter(c.responseDueOn)) {
            throw Refusal.of(CaseRefusal.RESPONSE_PERIOD_ENDED, "dueOn", c.responseDueOn);
        }
        c.extended = true;
        record(c, EventType.EXTENDED, on, Map.of("reason", request.reason(), "previousDueOn",
                c.responseDueOn.toString()));
        process.extend(c.id);
        return c;
    }

    public DisclosureCase notifyFee(UUID id, CaseRequests.FeeNotice request) {
        Step step = begin(id, request.on(), CaseStatus.IN_PROGRESS);
        DisclosureCase c = step.c();
        LocalDate on = step.on();
        if (c.feeMethod != null) {
            throw Refusal.of(CaseRefusal.FEE_ONCE);
        }
        Fee fee = feeFor(c, request.method(), request.pages());
        c.feeMethod = request.method();
        c.feeAmount = fee.amount();
        c.feeBasis = fee.basis();
        c.feeDueOn = deadlines.periodEnd(calendars.calendar(), on, rules.paymentWorkingDays());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("method", request.method().name());
        details.put("amount", fee.amount());
        details.put("basis", fee.basis());
        details.put("dueOn", c.feeDueOn.toString());
        record(c, EventType.FEE_NOTIFIED, on, details);
        process.notifyFee(c.id, dates.startOf(c.feeDueOn.plusDays(1)));
        return c;
    }

    /**
     * The fee the notice would charge now, without issuing it (the office checks it first); its
     * date is refused as the notice's would be.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Fee previewFee(UUID id, CaseRequests.FeeNotice request) {
        DisclosureCase c = find(id);
        businessDate(c, request.on());
        return feeFor(c, request.method(), request.pages());
    }

    private Fee feeFor(DisclosureCase c, FeeMethod method, Integer pages) {
        if (method == FeeMethod.PER_VOLUME) {
            if (pages == null) {
                throw Refusal.ofField("pages", CaseRefusal.PAGES_REQUIRED);
            }
            if (pages > feeConfig.maxPages()) {
                throw Refusal.ofField("pages", CaseRefusal.PAGES_TOO_MANY, "max", feeConfig.maxPages());
            }
            return fees.perVolume(pages);
        }
        return fees.perApplication(applicationNumberInMonth(c));
    }

    public DisclosureCase feePaid(UUID id, CaseRequests.Dated request) {
        Step step = begin(id, request.on(), CaseStatus.AWAITING_FEE);
        DisclosureCase c = step.c();
        LocalDate on = step.on();
        record(c, EventType.FEE_PAID, on, Map.of());
        process.feePaid(c.id);
        return c;
    }

    public DisclosureCase decide(UUID id, CaseRequests.Decision request) {
        Step step = begin(id, request.on(), CaseStatus.IN_PROGRESS);
        DisclosureCase c = step.c();
        LocalDate on = step.on();
        requireDecidable(c, request.outcome());
        c.outcome = request.outcome();
        c.closedOn = on;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcome", request.outcome().name());
        if (request.basis() != null) {
            details.put("basis", request.basis());
        }
        if (request.note() != null) {
            details.put("note", request.note());
        }
        record(c, EventType.DECIDED, on, details);
        process.decide(c.id);
        return c;
    }

    /**
     * Corrects the outcome a closed case was recorded with (a wrong row chosen, a lapse recorded
     * where an answer was in fact given). The closing day stays; the history keeps both outcomes,
     * and a year already published reports the change as a difference.
     */
    public DisclosureCase correctOutcome(UUID id, CaseRequests.OutcomeCorrection request) {
        Step step = begin(id, request.on(), CaseStatus.CLOSED);
        DisclosureCase c = step.c();
        requireDecidable(c, request.outcome());
        if (request.outcome() == c.outcome) {
            throw Refusal.of(CaseRefusal.SAME_OUTCOME, "outcome", c.outcome);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", c.outcome.name());
        details.put("to", request.outcome().name());
        details.put("reason", request.reason());
        c.outcome = request.outcome();
        record(c, EventType.OUTCOME_CORRECTED, step.on(), details);
        return c;
    }

    /** An outcome a person may record: not one of the lapses, and "still unclear" only after a correction. */
    private static void requireDecidable(DisclosureCase c, Outcome outcome) {
        if (outcome.isLapse()) {
            throw Refusal.ofField("outcome", CaseRefusal.LAPSE_OUTCOME, "outcome", outcome);
        }
        if (outcome == Outcome.UNAVAILABLE_STILL_UNCLEAR && !c.corrected) {
            throw Refusal.of(CaseRefusal.STILL_UNCLEAR_WITHOUT_CORRECTION);
        }
    }

    public DisclosureCase withdraw(UUID id, CaseRequests.Dated request) {
        Step step = begin(id, request.on(), OPEN);
        DisclosureCase c = step.c();
        LocalDate on = step.on();
        c.outcome = Outcome.OTHER;
        c.closedOn = on;
        record(c, EventType.WITHDRAWN, on, Map.of());
        process.withdraw(c.id);
        return c;
    }

    /** A case the current user may see, or 404 (another agency's case is not revealed to exist). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DisclosureCase find(UUID id) {
        DisclosureCase c = em.find(DisclosureCase.class, id);
        if (c == null || !visible(c)) {
            throw Refusal.of(CaseRefusal.NOT_FOUND, "id", id);
        }
        return c;
    }

    public record Page(List<DisclosureCase> items, long total) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(String agency, CaseStatus status, Boolean overdue, LocalDate receivedFrom, LocalDate receivedTo,
            PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        String scope = user.agencyScope();
        if (scope != null && agency != null && !agency.equals(scope)) {
            throw Refusal.of(CaseRefusal.OTHER_AGENCY);
        }
        String agencyFilter = scope != null ? scope : agency;
        if (agencyFilter != null) {
            where.append(" and agencyCode = :agency");
            params.put("agency", agencyFilter);
        }
        if (user.departmentScope() != null) {
            where.append(" and departmentId = :department");
            params.put("department", user.departmentScope());
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (overdue != null) {
            where.append(overdue ? " and " + DisclosureCase.OVERDUE
                    : " and not (responseDueOn is not null and " + DisclosureCase.OVERDUE + ")");
            params.put("running", ResponseClock.RUNNING);
            params.put("today", dates.today());
        }
        if (receivedFrom != null) {
            where.append(" and receivedOn >= :from");
            params.put("from", dates.within("receivedFrom", receivedFrom));
        }
        if (receivedTo != null) {
            where.append(" and receivedOn <= :to");
            params.put("to", dates.within("receivedTo", receivedTo));
        }
        return page(DisclosureCase.find(where + " order by receivedOn desc, trackingNumber desc", params), page);
    }

    /**
     * The open cases of the user's department (a handler's work), soonest due first; cases without a
     * due date (paused, awaiting correction) last. Answered from the partial index of open cases by
     * department (V4).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page queue(PageRequest page) {
        StringBuilder where = new StringBuilder("status <> cn.gov.disclosure.cases.CaseStatus.CLOSED");
        Map<String, Object> params = new HashMap<>();
        if (user.agencyScope() != null) {
            where.append(" and agencyCode = :agency");
            params.put("agency", user.agencyScope());
        }
        if (user.departmentScope() != null) {
            where.append(" and departmentId = :department");
            params.put("department", user.departmentScope());
        } else {
            where.append(" and departmentId is not null");
        }
        return page(DisclosureCase.find(where + " order by responseDueOn asc nulls last, receivedOn, trackingNumber",
                params), page);
    }

    /**
     * The rows of one page and the count of all. Panache's own paging multiplies page by size in an
     * int; the offset here is a long, and {@link PageRequest#MAX_OFFSET} keeps it within the int the
     * query takes.
     */
    private static Page page(PanacheQuery<DisclosureCase> query, PageRequest page) {
        int first = Math.toIntExact(page.offset());
        return new Page(query.range(first, first + page.size() - 1).list(), query.count());
    }

    /** How the case's response period is counted, for people to check it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Deadlines.Explanation explainDeadline(DisclosureCase c) {
        return deadlines.explain(c, CaseEvent.history(c.id), calendars.calendar(), dates.today());
    }

    public boolean isOverdue(DisclosureCase c) {
        return c.isOpen() && c.clock == ResponseClock.RUNNING && c.responseDueOn != null
                && dates.today().isAfter(c.responseDueOn);
    }

    private boolean visible(DisclosureCase c) {
        String scope = user.agencyScope();
        Long department = user.departmentScope();
        return (scope == null || scope.equals(c.agencyCode))
                && (department == null || department.equals(c.departmentId));
    }

    /** A locked case and the business date of an action on it. */
    private record Step(DisclosureCase c, LocalDate on) {
    }

    /**
     * Starts an action: locks the case (so a concurrent action waits and then sees this one's
     * result), refuses it with 409 unless the case stands at one of {@code allowed}, and fixes its
     * business date. The state is checked before the date, so a closed case always answers 409.
     */
    private Step begin(UUID id, LocalDate requestedOn, CaseStatus... allowed) {
        DisclosureCase c = em.find(DisclosureCase.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !visible(c)) {
            throw Refusal.of(CaseRefusal.NOT_FOUND, "id", id);
        }
        if (!List.of(allowed).contains(c.status)) {
            throw Refusal.of(CaseRefusal.WRONG_STATUS, "status", c.status);
        }
        return new Step(c, businessDate(c, requestedOn));
    }

    /**
     * The day an action happened: today unless given, never in the future, never before the
     * case's previous event, and never after a correction or payment period that has run out
     * (the case has lapsed, even if the timer has not fired yet).
     */
    private LocalDate businessDate(DisclosureCase c, LocalDate requested) {
        LocalDate on = dates.dayOf("on", requested);
        if (on.isBefore(c.lastEventOn)) {
            throw Refusal.ofField("on", CaseRefusal.BEFORE_PREVIOUS_EVENT, "lastEventOn", c.lastEventOn);
        }
        if (c.status == CaseStatus.CORRECTION_REQUESTED && on.isAfter(c.correctionDueOn)) {
            throw Refusal.of(CaseRefusal.CORRECTION_PERIOD_ENDED, "dueOn", c.correctionDueOn);
        }
        if (c.status == CaseStatus.AWAITING_FEE && on.isAfter(c.feeDueOn)) {
            throw Refusal.of(CaseRefusal.FEE_PERIOD_ENDED, "dueOn", c.feeDueOn);
        }
        if (c.status == CaseStatus.THIRD_PARTY_CONSULTATION && on.isAfter(c.consultationEndsOn)) {
            throw Refusal.of(CaseRefusal.CONSULTATION_PERIOD_ENDED, "endsOn", c.consultationEndsOn);
        }
        return on;
    }

    private void record(DisclosureCase c, EventType type, LocalDate on, Map<String, Object> details) {
        CaseHistory.append(c, type, on, user.username(), details);
    }

    /** 按件计收: this application's place among the applicant's applications to the agency that month. */
    private int applicationNumberInMonth(DisclosureCase c) {
        boolean byId = c.applicantIdNumber != null;
        LocalDate first = c.receivedOn.withDayOfMonth(1);
        return Math.toIntExact(DisclosureCase.count("agencyCode = ?1 and " + (byId ? "applicantIdNumber" : "applicantName")
                + " = ?2 and receivedOn >= ?3 and (receivedOn < ?4 or (receivedOn = ?4 and createdAt <= ?5))",
                c.agencyCode, byId ? c.applicantIdNumber : c.applicantName, first, c.receivedOn, c.createdAt));
    }

    private String nextTrackingNumber(String agency, int year) {
        Number next = (Number) em.createNativeQuery("insert into tracking_counter (agency_code, year, last_value) "
                + "values (?1, ?2, 1) on conflict (agency_code, year) "
                + "do update set last_value = tracking_counter.last_value + 1 returning last_value")
                .setParameter(1, agency).setParameter(2, year).getSingleResult();
        return String.format("%s-%d-%05d", agency, year, next.intValue());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static List<CaseView.EventView> events(UUID id) {
        List<CaseView.EventView> views = new ArrayList<>();
        for (CaseEvent e : CaseEvent.history(id)) {
            views.add(new CaseView.EventView(e.type.name(), e.on, e.by, e.at, e.details));
        }
        return views;
    }
}
