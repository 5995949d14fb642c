package cn.gov.disclosure.cases;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.gov.disclosure.calendar.CalendarChanged;
import cn.gov.disclosure.calendar.CalendarService;
import cn.gov.disclosure.cases.CaseAction.EventType;

/**
 * What the process instance reports about its case: the step it entered, the periods whose timers
 * fired, its end. Runs inside the engine's transaction, so the case row changes with the instance
 * or not at all.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseLifecycle {

    @Inject
    EntityManager em;

    @Inject
    CalendarService calendars;

    @Inject
    Deadlines deadlines;

    @Inject
    Event<CaseClosed> closed;

    @Inject
    CaseHistory history;

    @Inject
    Event<CaseStepRecorded> recorded;

    /** A user task of the model was created: the case now stands at {@code status}. */
    public void entered(UUID caseId, CaseStatus status) {
        DisclosureCase c = em.find(DisclosureCase.class, caseId);
        c.status = status;
        deadlines.update(c, CaseEvent.history(c.id), calendars.calendar());
    }

    /** The instance ended, whichever way: the case is closed. */
    public void ended(UUID caseId) {
        DisclosureCase c = em.find(DisclosureCase.class, caseId);
        c.status = CaseStatus.CLOSED;
        c.clock = ResponseClock.STOPPED;
        closed.fire(new CaseClosed(c.agencyCode, c.outcome));
    }

    /**
     * A period ran out. Correction and fee periods close the case the day after their last day
     * (视为放弃申请); a consultation period just ends and the clock runs again.
     */
    public void lapsed(UUID caseId, Period period) {
        DisclosureCase c = em.find(DisclosureCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        switch (period) {
            case CORRECTION -> {
                if (c.status == CaseStatus.CORRECTION_REQUESTED) {
                    close(c, Outcome.OTHER_NO_CORRECTION, c.correctionDueOn.plusDays(1), EventType.CORRECTION_LAPSED);
                }
            }
            case FEE -> {
                if (c.status == CaseStatus.AWAITING_FEE) {
                    close(c, Outcome.OTHER_FEE_UNPAID, c.feeDueOn.plusDays(1), EventType.FEE_LAPSED);
                }
            }
            case CONSULTATION -> {
                if (c.status == CaseStatus.THIRD_PARTY_CONSULTATION) {
                    history.append(c, EventType.THIRD_PARTY_CONSULTATION_ENDED, c.consultationEndsOn,
                            CaseEvent.SYSTEM, Map.of());
                }
            }
        }
    }

    /** A newly loaded calendar moves the due dates of every open case (a submission not yet received has none). */
    void recount(@Observes CalendarChanged changed) {
        var calendar = calendars.calendar();
        for (DisclosureCase c : DisclosureCase.<DisclosureCase> list("receivedOn is not null and status <> ?1",
                CaseStatus.CLOSED)) {
            deadlines.update(c, CaseEvent.history(c.id), calendar);
        }
    }

    private void close(DisclosureCase c, Outcome outcome, LocalDate on, EventType event) {
        c.outcome = outcome;
        c.closedOn = on;
        CaseEvent lapse = history.append(c, event, on, CaseEvent.SYSTEM, Map.of("outcome", outcome.name()));
        recorded.fire(new CaseStepRecorded(c, lapse));
    }
}
