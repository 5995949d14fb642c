package cn.gov.disclosure.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.disclosure.calendar.CalendarMissingException;
import cn.gov.disclosure.calendar.CalendarRefusal;
import cn.gov.disclosure.calendar.WorkingDayCalendar;
import cn.gov.disclosure.calendar.WorkingDayCalendar.Pause;
import cn.gov.disclosure.common.Refusal;

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
        Count count = countOf(c, history);
        c.clock = count.paused() ? ResponseClock.PAUSED : ResponseClock.RUNNING;
        try {
            c.responseDueOn = calendar.responseDue(count.from(), count.workingDays(), count.pauses());
        } catch (CalendarMissingException e) {
            c.responseDueOn = null;
            c.deadlineProblem = e.getMessage();
        }
    }

    /**
     * How a case's response period is counted: from which day, how many working days, which
     * periods paused the clock. {@code excluded} lists the days up to the due date (or, while it is
     * unknown, up to the closing day or {@code today}) that did not count; empty where the calendar is missing.
     */
    public record Explanation(LocalDate from, boolean restartedByCorrection, int workingDays, boolean extended,
            List<Pause> pauses, LocalDate dueOn, List<WorkingDayCalendar.ExcludedDay> excluded) {
    }

    /** Explains {@link #update}'s result for a case; read-only. Nothing is counted while a correction is awaited. */
    public Explanation explain(DisclosureCase c, List<CaseEvent> history, WorkingDayCalendar calendar,
            LocalDate today) {
        Count count = countOf(c, history);
        // A closed case that never got a due date (it lapsed awaiting a correction) is counted to its closing.
        LocalDate until = c.responseDueOn != null ? c.responseDueOn : c.closedOn != null ? c.closedOn : today;
        List<WorkingDayCalendar.ExcludedDay> excluded;
        try {
            excluded = c.status == CaseStatus.CORRECTION_REQUESTED ? List.of()
                    : calendar.excludedDays(count.from(), until, count.pauses());
        } catch (CalendarMissingException e) {
            excluded = List.of();
        }
        return new Explanation(count.from(), !count.from().equals(c.receivedOn), count.workingDays(), c.extended,
                count.pauses(), c.responseDueOn, excluded);
    }

    /**
     * Working days from the day after {@code today} to the due date, negative once it has passed;
     * null while no due date is known.
     */
    public Integer workingDaysLeft(LocalDate responseDueOn, WorkingDayCalendar calendar, LocalDate today) {
        if (responseDueOn == null) {
            return null;
        }
        try {
            return responseDueOn.isBefore(today) ? -calendar.workingDaysBetween(responseDueOn, today)
                    : calendar.workingDaysBetween(today, responseDueOn);
        } catch (CalendarMissingException e) {
            return null;
        }
    }

    /** Where the clock starts, what paused it, whether it stands still now, and the period's length. */
    private record Count(LocalDate from, List<Pause> pauses, boolean paused, int workingDays) {
    }

    private Count countOf(DisclosureCase c, List<CaseEvent> history) {
        LocalDate start = c.receivedOn;
        List<Pause> pauses = new ArrayList<>();
        LocalDate pausedSince = null;
        for (CaseEvent event : CaseHistory.effective(history)) {
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
        return new Count(start, List.copyOf(pauses), pausedSince != null, workingDays);
    }
    /** The last day of a period of working days counted from the day after {@code from}. */
    public LocalDate periodEnd(WorkingDayCalendar calendar, LocalDate from, int workingDays) {
        try {
            return calendar.addWorkingDays(from, workingDays);
        } catch (CalendarMissingException e) {
            throw Refusal.of(CalendarRefusal.MISSING, "problem", e.getMessage(), "year", e.year());
        }
    }
}
