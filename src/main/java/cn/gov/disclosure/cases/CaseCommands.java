package cn.gov.disclosure.cases;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * The actions on a case ({@link CaseAction}). Each runs in one transaction with the process
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
     * Confirms an online submission: {@code on} becomes its receipt date (Art 31(3)), from which
     * its response period runs, and it goes on as a registered application.
     */
    public DisclosureCase confirm(UUID id, @Valid @NotNull CaseRequests.Dated request) {
        Step step = begin(CaseAction.CONFIRMATION, id, request.on());
        DisclosureCase c = step.c();
        registration.receive(c, step.on(), user.username(),
                Map.of("channel", c.channel.name(), "submittedOn", c.submittedOn.toString()));
        return c;
    }

    /** Answers an online submission that is no application; it is never received, so no table counts it. */
    public DisclosureCase reject(UUID id, @Valid @NotNull CaseRequests.Rejection request) {
        Step step = begin(CaseAction.REJECTION, id, request.on());
        DisclosureCase c = step.c();
        c.status = CaseStatus.REJECTED;
        recorded.fire(new CaseStepRecorded(c, record(step, Map.of("reason", request.reason()))));
        return c;
    }

    public DisclosureCase accept(UUID id, @Valid @NotNull CaseRequests.Acceptance request) {
        Step step = begin(CaseAction.ACCEPTANCE, id, request.on());
        DisclosureCase c = step.c();
        Department department = agencies.department(c.agencyCode, request.department());
        c.departmentId = department.id;
        finish(step, Map.of("department", department.code));
        return c;
    }

    public DisclosureCase requestCorrection(UUID id, @Valid @NotNull CaseRequests.CorrectionRequest request) {
        Step step = begin(CaseAction.CORRECTION_REQUEST, id, request.on());
        DisclosureCase c = step.c();
        LocalDate on = step.on();
        LocalDate dueOn = request.dueOn() != null ? dates.within("dueOn", request.dueOn())
                : deadlines.periodEnd(calendars.calendar(), on, rules.correctionWorkingDays());
        if (!dueOn.isAfter(on)) {
            throw Refusal.ofField("dueOn", CaseRefusal.CORRECTION_DUE_NOT_AFTER_REQUEST, "on", on);
        }
        c.correctionRequested = true;
        c.correctionDueOn = dueOn;
        c.returnStatus = c.status;
        finish(step, Map.of("items", request.items(), "dueOn", dueOn.toString()), dueOn);
        return c;
    }

    public DisclosureCase correct(UUID id, @Valid @NotNull CaseRequests.Dated request) {
        Step step = begin(CaseAction.CORRECTION, id, request.on());
        DisclosureCase c = step.c();
        c.corrected = true;
        finish(step, Map.of());
        return c;
    }

    public DisclosureCase consultThirdParty(UUID id, @Valid @NotNull CaseRequests.ThirdPartyConsultation request) {
        Step step = begin(CaseAction.THIRD_PARTY_CONSULTATION, id, request.on());
        DisclosureCase c = step.c();
        c.consultationEndsOn = deadlines.periodEnd(calendars.calendar(), step.on(), rules.consultationWorkingDays());
        finish(step, Map.of("party", request.party(), "periodEndsOn", c.consultationEndsOn.toString()),
                c.consultationEndsOn);
        return c;
    }

    public DisclosureCase thirdPartyReplied(UUID id, @Valid @NotNull CaseRequests.ThirdPartyReply request) {
        Step step = begin(CaseAction.THIRD_PARTY_REPLY, id, request.on());
        Map<String, Object> details = new HashMap<>();
        if (request.consents() != null) {
            details.put("consents", request.consents());
        }
        finish(step, details);
        return step.c();
    }

    public DisclosureCase extend(UUID id, @Valid @NotNull CaseRequests.Extension request) {
        Step step = begin(CaseAction.EXTENSION, id, request.on());
        DisclosureCase c = step.c();
        if (step.on().isAfter(c.responseDueOn)) {
            throw Refusal.of(CaseRefusal.RESPONSE_PERIOD_ENDED, "dueOn", c.responseDueOn);
        }
        c.extended = true;
        finish(step, Map.of("reason", request.reason(), "previousDueOn", c.responseDueOn.toString()));
        return c;
    }

    public DisclosureCase notifyFee(UUID id, @Valid @NotNull CaseRequests.FeeNotice request) {
        Step step = begin(CaseAction.FEE_NOTICE, id, request.on());
        DisclosureCase c = step.c();
        Fee fee = feeFor(c, request.method(), request.pages());
        c.feeMethod = request.method();
        c.feeAmount = fee.amount();
        c.feeBasis = fee.basis();
        c.feeDueOn = deadlines.periodEnd(calendars.calendar(), step.on(), rules.paymentWorkingDays());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("method", request.method().name());
        if (request.method() == FeeMethod.PER_VOLUME) {
            details.put("pages", request.pages());
        }
        details.put("amount", fee.amount());
        details.put("basis", fee.basis());
        details.put("dueOn", c.feeDueOn.toString());
        finish(step, details, c.feeDueOn);
        return c;
    }

    /**
     * The fee the notice would charge now, without issuing it (the office checks it first); its
     * date is refused as the notice's would be.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Fee previewFee(UUID id, @Valid @NotNull CaseRequests.FeeNotice request) {
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

    public DisclosureCase feePaid(UUID id, @Valid @NotNull CaseRequests.Dated request) {
        Step step = begin(CaseAction.FEE_PAYMENT, id, request.on());
        finish(step, Map.of());
        return step.c();
    }

    public DisclosureCase decide(UUID id, @Valid @NotNull CaseRequests.Decision request) {
        Step step = begin(CaseAction.DECISION, id, request.on());
        DisclosureCase c = step.c();
        requireDecidable(c, request.outcome());
        c.outcome = request.outcome();
        c.closedOn = step.on();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcome", request.outcome().name());
        if (request.basis() != null) {
            details.put("basis", request.basis());
        }
        if (request.note() != null) {
            details.put("note", request.note());
        }
        if (request.reasons() != null) {
            details.put("reasons", request.reasons());
        }
        if (request.referral() != null) {
            Map<String, Object> referral = new LinkedHashMap<>();
            referral.put("agency", request.referral().agency());
            if (request.referral().contact() != null) {
                referral.put("contact", request.referral().contact());
            }
            details.put("referral", referral);
        }
        if (request.earlierReply() != null) {
            LocalDate earlier = dates.dayOf("earlierReply.on", request.earlierReply().on());
            if (!earlier.isBefore(step.on())) {
                throw Refusal.ofField("earlierReply.on", CaseRefusal.EARLIER_REPLY_NOT_EARLIER, "on", step.on());
            }
            details.put("earlierReply", Map.of("number", request.earlierReply().number(), "on", earlier.toString()));
        }
        if (request.location() != null) {
            details.put("location", request.location());
        }
        finish(step, details);
        return c;
    }

    /**
     * Corrects the outcome a closed case was recorded with (a wrong row chosen, a lapse recorded
     * where an answer was in fact given). The closing day stays; the history keeps both outcomes,
     * and a year already published reports the change as a difference.
     */
    public DisclosureCase correctOutcome(UUID id, @Valid @NotNull CaseRequests.OutcomeCorrection request) {
        Step step = begin(CaseAction.OUTCOME_CORRECTION, id, request.on());
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
        record(step, details);
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

    public DisclosureCase withdraw(UUID id, @Valid @NotNull CaseRequests.Dated request) {
        Step step = begin(CaseAction.WITHDRAWAL, id, request.on());
        DisclosureCase c = step.c();
        c.outcome = Outcome.OTHER;
        c.closedOn = step.on();
        finish(step, Map.of());
        return c;
    }

    /** A locked case, the action taken on it, the status it stood in and the action's business date. */
    private record Step(CaseAction action, DisclosureCase c, CaseStatus from, LocalDate on) {
    }

    /** Records what a step did; the case's process instance is not moved (a closed case has none). */
    private CaseEvent record(Step step, Map<String, Object> details) {
        return history.append(step.c(), step.action().event(), step.on(), user.username(), details);
    }

    /** Records what a step did and moves the case's process instance on by the action. */
    private void finish(Step step, Map<String, Object> details) {
        finish(step, details, null);
    }

    /**
     * As {@link #finish(Step, Map)}, for an action that starts a period ending on {@code periodEnd};
     * then tells the observers (the step's letters), once the case stands as the step left it.
     */
    private void finish(Step step, Map<String, Object> details, LocalDate periodEnd) {
        CaseEvent event = record(step, details);
        process.advance(step.c().id, step.action(), step.from(),
                periodEnd == null ? null : dates.startOf(periodEnd.plusDays(1)));
        recorded.fire(new CaseStepRecorded(step.c(), event));
    }

    /**
     * Starts an action: the role, before anything is read; the case locked; a lapse the action answers in time revoked; what
     * the case allows, the state before the date, so a closed case always answers 409; the date.
     */
    private Step begin(CaseAction action, UUID id, LocalDate requestedOn) {
        action.requireTakenBy(user::hasRole);
        DisclosureCase c = em.find(DisclosureCase.class, id, LockModeType.PESSIMISTIC_WRITE);
        queries.requireVisible(c, id);
        lapses.revokeAnsweredInTime(c, action, requestedOn, user.username());
        action.refusalFor(c).ifPresent(refusal -> {
            throw refusal;
        });
        return new Step(action, c, c.status, businessDate(c, requestedOn));
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

    /** 按件计收: this application's place among the applicant's applications to the agency that month. */
    private int applicationNumberInMonth(DisclosureCase c) {
        boolean byId = c.applicantIdNumber != null;
        LocalDate first = c.receivedOn.withDayOfMonth(1);
        return Math.toIntExact(DisclosureCase.count("agencyCode = ?1 and " + (byId ? "applicantIdNumber" : "applicantName")
                + " = ?2 and receivedOn >= ?3 and (receivedOn < ?4 or (receivedOn = ?4 and createdAt <= ?5))",
                c.agencyCode, byId ? c.applicantIdNumber : c.applicantName, first, c.receivedOn, c.createdAt));
    }
}
