package cn.gov.disclosure.cases;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import cn.gov.disclosure.agency.AgencyService;
import cn.gov.disclosure.agency.Department;
import cn.gov.disclosure.calendar.CalendarService;
import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.fee.Fee;
import cn.gov.disclosure.fee.FeeCalculator;
import cn.gov.disclosure.fee.FeeConfig;
import cn.gov.disclosure.security.CurrentUser;

/**
 * Takes the actions on a case ({@link CaseAction}). Each runs in one transaction with the process
 * engine and starts in {@link #begin}: the role, then the case row locked (so of two concurrent
 * actions the second sees the first's result and is refused if it no longer fits), then what the
 * case allows, then the business date.
 */
@ApplicationScoped
@Transactional
public class CaseCommands {

    @Inject
    EntityManager em;

    @Inject
    CaseWorkflow process;

    @Inject
    CaseQueries queries;

    @Inject
    LapseRevocations lapses;

    @Inject
    CaseHistory history;

    @Inject
    AgencyService agencies;

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
    Event<CaseStepRecorded> recorded;

    @Inject
    CaseRegistration registration;

    /**
     * Takes {@code action} on the case: what it does to the case ({@link CaseAction}), then its
     * event recorded, the case's process moved as the action says, and the observers told (the
     * step's letters and notices), once the case stands as the step left it.
     */
    public DisclosureCase take(UUID id, CaseAction action, @Valid @NotNull CaseAction.Request request) {
        if (!action.requestType().isInstance(request)) {
            throw new IllegalArgumentException(action + " takes a " + action.requestType().getSimpleName());
        }
        CaseStep step = begin(action, id, request.on());
        action.apply(step, request);
        DisclosureCase c = step.c();
        if (action.movement() == CaseAction.Movement.STARTS) {
            registration.receive(c, step.on(), user.username(), step.details());
            return c;
        }
        CaseEvent event = history.append(c, action.event(), step.on(), user.username(), step.details());
        if (action.movement() != CaseAction.Movement.NONE) {
            Map<String, Object> variables = new HashMap<>(step.variables());
            if (step.timer() != null) {
                variables.put(step.timer(), dates.startOf(step.periodEnd().plusDays(1)));
            }
            process.advance(c.id, action, step.from(), variables);
        }
        recorded.fire(new CaseStepRecorded(c, event));
        return c;
    }

    /**
     * The fee the notice would charge now, without issuing it (the office checks it first); its
     * date is refused as the notice's would be.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Fee previewFee(UUID id, @Valid @NotNull CaseAction.FeeNotice request) {
        CaseAction.FEE_NOTICE.requireTakenBy(user::hasRole);
        DisclosureCase c = queries.find(id);
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

    /**
     * Starts an action: the role, before anything is read; the case locked; a lapse the action answers in time revoked; what
     * the case allows, the state before the date, so a closed case always answers 409; the date.
     */
    private CaseStep begin(CaseAction action, UUID id, LocalDate requestedOn) {
        action.requireTakenBy(user::hasRole);
        DisclosureCase c = em.find(DisclosureCase.class, id, LockModeType.PESSIMISTIC_WRITE);
        queries.requireVisible(c, id);
        lapses.revokeAnsweredInTime(c, action, requestedOn, user.username());
        action.refusalFor(c).ifPresent(refusal -> {
            throw refusal;
        });
        return new CaseStep(c, c.status, businessDate(c, requestedOn), tools);
    }

    /** What the actions ask of the service while they are taken; runs inside the action's transaction. */
    private final CaseStep.Tools tools = new CaseStep.Tools() {

        @Override
        public Department department(DisclosureCase c, String code) {
            return agencies.department(c.agencyCode, code);
        }

        @Override
        public LocalDate periodEnd(LocalDate from, int workingDays) {
            return deadlines.periodEnd(calendars.calendar(), from, workingDays);
        }

        @Override
        public Fee fee(DisclosureCase c, FeeMethod method, Integer pages) {
            return feeFor(c, method, pages);
        }

        @Override
        public CaseRules rules() {
            return rules;
        }

        @Override
        public BusinessDates dates() {
            return dates;
        }
    };

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

    /** 按件计收: this application's place among the applicant's applications to the agency that month. */
    private int applicationNumberInMonth(DisclosureCase c) {
        boolean byId = c.applicantIdNumber != null;
        LocalDate first = c.receivedOn.withDayOfMonth(1);
        return Math.toIntExact(DisclosureCase.count("agencyCode = ?1 and " + (byId ? "applicantIdNumber" : "applicantName")
                + " = ?2 and receivedOn >= ?3 and (receivedOn < ?4 or (receivedOn = ?4 and createdAt <= ?5))",
                c.agencyCode, byId ? c.applicantIdNumber : c.applicantName, first, c.receivedOn, c.createdAt));
    }
}
