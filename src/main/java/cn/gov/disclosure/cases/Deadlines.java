package cn.gov.disclosure.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.disclosure.calendar.CalendarMissingException;
import cn.gov.disclosure.calendar.WorkingDayCalendar;
import cn.gov.disclosure.calendar.WorkingDayCalendar.Pause;
import cn.gov.disclosure.common.problem.ApiProblem;

/**
 * The Art 33 response clock of a case, read from its history: it starts on receipt, restarts on
 * a correction (Art 30), pauses for a third-party consultation (Art 33 para 3) and while a fee
 * notice is unpaid ([B], DOMAIN.md §1.10), and gains 20 working days by one extension.
 */
@ApplicationScoped
public class Deadlines {

    @Inject
    CaseRules rules;

    /** Sets {@code clock}, {@code responseDueOn} and {@code deadlineProblem} of an open case. */
    public void update(DisclosureCase c, List<CaseEvent> history, WorkingDayCalendar calendar) {
        if (c.status == CaseStatus.CLOSED) {
            c.clock = ResponseClock.STOPPED;
            return;
        }
        c.deadlineProblem = null;
        if (c.status == CaseStatus.CORRECTION_REQUESTED) {
            // The period restarts from the corrected application, so nothing runs meanwhile.
            c.clock = ResponseClock.STOPPED;
            c.responseDueOn = null;
            return;
        }
        LocalDate start = c.receivedOn;
        List<Pause> pauses = new ArrayList<>();
        LocalDate pausedSince = null;
        for (CaseEvent event : history) {
            switch (event.type) {
                case CORRECTED -> {
                    start = event.on;
                    pauses.clear();
                }
                case THIRD_PARTY_CONSULTATION_STARTED, FEE_NOTIFIED -> pausedSince = event.on;
                case THIRD_PARTY_REPLIED, THIRD_PARTY_CONSULTATION_ENDED, FEE_PAID -> {
                    pauses.add(new Pause(pausedSince, event.on));
                    pausedSince = null;
                }
                default -> {
                }
            }
        }
        if (pausedSince != null) {
            pauses.add(new Pause(pausedSince, null));
        }
        int workingDays = rules.responseWorkingDays() + (c.extended ? rules.extensionWorkingDays() : 0);
        c.clock = pausedSince == null ? ResponseClock.RUNNING : ResponseClock.PAUSED;
        try {
            c.responseDueOn = calendar.responseDue(start, workingDays, pauses);
        } catch (CalendarMissingException e) {
            c.responseDueOn = null;
            c.deadlineProblem = e.getMessage();
        }
    }

    /** The last day of a period of working days counted from the day after {@code from}. */
    public LocalDate periodEnd(WorkingDayCalendar calendar, LocalDate from, int workingDays) {
        try {
            return calendar.addWorkingDays(from, workingDays);
        } catch (CalendarMissingException e) {
            throw new ApiProblem(409, "/problems/calendar-missing",
                    "Working-day calendar missing", e.getMessage() + "; load it with PUT /api/calendar/" + e.year(),
                    null);
        }
    }
}
