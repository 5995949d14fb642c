package cn.gov.disclosure.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The officially announced schedule of one calendar year, as published in the yearly
 * 国务院办公厅 holiday notice.
 *
 * <p>Both sets are immutable and iterate in date order.
 *
 * @param year     the calendar year the schedule belongs to
 * @param holidays the announced days off, exactly as listed in the notice; days that fall on a
 *                 weekend anyway are allowed, so the data can be copied from the notice verbatim
 * @param workdays the make-up working days (调休上班); these are always weekend days, since a
 *                 weekday is a working day without any announcement
 */
public record YearSchedule(int year, Set<LocalDate> holidays, Set<LocalDate> workdays) {

    public YearSchedule {
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(workdays, "workdays");
        SortedSet<LocalDate> holidayCopy = sortedCopy(holidays, "holidays");
        SortedSet<LocalDate> workdayCopy = sortedCopy(workdays, "workdays");

        for (LocalDate day : holidayCopy) {
            requireInYear(year, day, "holiday");
        }
        for (LocalDate day : workdayCopy) {
            requireInYear(year, day, "make-up working day");
            DayOfWeek dow = day.getDayOfWeek();
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                throw new IllegalArgumentException("Make-up working day " + day + " is a " + dow
                        + "; only a Saturday or Sunday can be declared a make-up working day");
            }
        }
        for (LocalDate day : workdayCopy) {
            if (holidayCopy.contains(day)) {
                throw new IllegalArgumentException(
                        "Day " + day + " is listed both as a holiday and as a make-up working day");
            }
        }

        holidays = Collections.unmodifiableSortedSet(holidayCopy);
        workdays = Collections.unmodifiableSortedSet(workdayCopy);
    }

    private static SortedSet<LocalDate> sortedCopy(Set<LocalDate> days, String what) {
        TreeSet<LocalDate> copy = new TreeSet<>();
        for (LocalDate day : days) {
            if (day == null) {
                throw new IllegalArgumentException(what + " must not contain null");
            }
            copy.add(day);
        }
        return copy;
    }

    private static void requireInYear(int year, LocalDate day, String what) {
        if (day.getYear() != year) {
            throw new IllegalArgumentException(
                    "The " + what + " " + day + " does not lie in the schedule's year " + year);
        }
    }
}
