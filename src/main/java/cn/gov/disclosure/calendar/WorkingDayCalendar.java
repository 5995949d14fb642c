package cn.gov.disclosure.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days (工作日) under the official holiday schedules: Monday to Friday, minus the announced
 * days off, plus the announced weekend make-up days (DOMAIN §4.1).
 *
 * <p>Counting follows the procedural-law convention that the day an event happens does not count:
 * "n working days from day X" ends on the n-th working day after X. A date in a year whose schedule
 * is not loaded raises {@link CalendarMissingException} rather than being guessed.
 *
 * <p>Instances are immutable and thread-safe. The loaded years are flattened once into per-day
 * arrays so that each deadline is a short walk over a byte array without allocation.
 */
public final class WorkingDayCalendar {

    /**
     * An interval during which the response clock stands still, e.g. a third-party consultation
     * (Art 32/34) or an outstanding fee notice.
     *
     * @param from  the day the pause begins; that day itself still counts as a working day
     * @param until the day the pause ends, inclusive (it does not count; counting resumes on the
     *              next working day), or {@code null} while the pause is still running
     */
    public record Pause(LocalDate from, LocalDate until) {

        public Pause {
            Objects.requireNonNull(from, "from");
            if (until != null && until.isBefore(from)) {
                throw new IllegalArgumentException(
                        "A pause cannot end (" + until + ") before it begins (" + from + ")");
            }
        }

        /** Whether the pause is still running, i.e. has no end date yet. */
        public boolean isOpen() {
            return until == null;
        }
    }

    /** Why a day did not count toward a period: it was not a working day, or the clock stood still. */
    public enum Exclusion {
        WEEKEND,
        HOLIDAY,
        PAUSED
    }

    /** A day after a period's start that did not count toward it. */
    public record ExcludedDay(LocalDate day, Exclusion reason) {
    }

    private static final byte UNKNOWN = 0;
    private static final byte DAY_OFF = 1;
    private static final byte WORKING = 2;
    /** An announced day off on a weekday; kept apart from DAY_OFF only to explain a count. */
    private static final byte HOLIDAY = 3;

    private static final long OPEN_END = Long.MAX_VALUE;

    private final int firstYear;
    /** Epoch day of 1 January of {@link #firstYear}; index 0 of {@link #dayKind}. */
    private final long baseEpochDay;
    private final byte[] dayKind;
    /** {@code cumulative[i]} is the number of working days among indices {@code [0, i)}. */
    private final int[] cumulative;
    private final boolean[] yearLoaded;
    private final Set<Integer> years;

    public WorkingDayCalendar(Collection<YearSchedule> schedules) {
        Objects.requireNonNull(schedules, "schedules");
        TreeSet<Integer> loaded = new TreeSet<>();
        for (YearSchedule schedule : schedules) {
            Objects.requireNonNull(schedule, "schedules must not contain null");
            if (!loaded.add(schedule.year())) {
                throw new IllegalArgumentException("The schedule of " + schedule.year() + " is given more than once");
            }
        }
        this.years = Collections.unmodifiableSortedSet(loaded);

        if (loaded.isEmpty()) {
            this.firstYear = 0;
            this.baseEpochDay = 0;
            this.dayKind = new byte[0];
            this.cumulative = new int[] {0};
            this.yearLoaded = new boolean[0];
            return;
        }

        this.firstYear = loaded.first();
        int lastYear = loaded.last();
        this.baseEpochDay = LocalDate.of(firstYear, 1, 1).toEpochDay();
        long endEpochDay = LocalDate.of(lastYear, 12, 31).toEpochDay();
        this.dayKind = new byte[Math.toIntExact(endEpochDay - baseEpochDay + 1)];
        this.yearLoaded = new boolean[lastYear - firstYear + 1];

        for (YearSchedule schedule : schedules) {
            int year = schedule.year();
            yearLoaded[year - firstYear] = true;
            LocalDate day = LocalDate.of(year, 1, 1);
            while (day.getYear() == year) {
                DayOfWeek dow = day.getDayOfWeek();
                boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
                dayKind[index(day)] = weekend ? DAY_OFF : WORKING;
                day = day.plusDays(1);
            }
            for (LocalDate holiday : schedule.holidays()) {
                dayKind[index(holiday)] = dayKind[index(holiday)] == WORKING ? HOLIDAY : DAY_OFF;
            }
            for (LocalDate workday : schedule.workdays()) {
                dayKind[index(workday)] = WORKING;
            }
        }

        this.cumulative = new int[dayKind.length + 1];
        for (int i = 0; i < dayKind.length; i++) {
            cumulative[i + 1] = cumulative[i] + (dayKind[i] == WORKING ? 1 : 0);
        }
    }

    /** The years whose schedule is loaded, in ascending order. */
    public Set<Integer> years() {
        return years;
    }

    /**
     * @throws CalendarMissingException if the day's year is not loaded
     */
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return kindAt(day.toEpochDay() - baseEpochDay) == WORKING;
    }

    /**
     * The n-th working day after {@code start}; {@code start} itself never counts, whether or not
     * it is a working day. {@code n == 0} returns {@code start} unchanged.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws CalendarMissingException if the count runs into a year that is not loaded
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("The number of working days must not be negative: " + n);
        }
        if (n == 0) {
            return start;
        }
        long index = start.toEpochDay() - baseEpochDay;
        int counted = 0;
        while (true) {
            index++;
            if (kindAt(index) == WORKING && ++counted == n) {
                return LocalDate.ofEpochDay(baseEpochDay + index);
            }
        }
    }

    /**
     * The number of working days {@code d} with {@code startExclusive < d <= endInclusive};
     * 0 if {@code endInclusive} is not after {@code startExclusive}.
     *
     * @throws CalendarMissingException if a year in the counted range is not loaded
     */
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        Objects.requireNonNull(startExclusive, "startExclusive");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (!endInclusive.isAfter(startExclusive)) {
            return 0;
        }
        LocalDate first = startExclusive.plusDays(1);
        for (int year = first.getYear(); year <= endInclusive.getYear(); year++) {
            requireLoaded(year);
        }
        int from = Math.toIntExact(first.toEpochDay() - baseEpochDay);
        int to = Math.toIntExact(endInclusive.toEpochDay() - baseEpochDay);
        return cumulative[to + 1] - cumulative[from];
    }

    /**
     * The day on which a response period of {@code workingDays} working days, counted from the day
     * after {@code clockStart}, runs out when the clock stands still during {@code pauses}.
     *
     * <p>Working days {@code d} with {@code from < d <= until} of any pause do not count. So the
     * day a pause begins still counts, and after it ends counting resumes on the next working day
     * just as after a fresh receipt. Overlapping pauses are simply united. Pauses beginning on or
     * after the day the period has already run out have no effect.
     *
     * @return the due date, or {@code null} if a still-running pause began before the period ran
     *         out, so that the due date cannot be known yet
     * @throws IllegalArgumentException if {@code workingDays} is negative
     * @throws CalendarMissingException if the count runs into a year that is not loaded
     */
    public LocalDate responseDue(LocalDate clockStart, int workingDays, List<Pause> pauses) {
        Objects.requireNonNull(clockStart, "clockStart");
        Objects.requireNonNull(pauses, "pauses");
        if (workingDays < 0) {
            throw new IllegalArgumentException("The number of working days must not be negative: " + workingDays);
        }
        if (workingDays == 0) {
            return clockStart;
        }
        int pauseCount = pauses.size();
        long[] pauseFrom = new long[pauseCount];
        long[] pauseUntil = new long[pauseCount];
        for (int p = 0; p < pauseCount; p++) {
            Pause pause = Objects.requireNonNull(pauses.get(p), "pauses must not contain null");
            pauseFrom[p] = pause.from().toEpochDay() - baseEpochDay;
            pauseUntil[p] = pause.isOpen() ? OPEN_END : pause.until().toEpochDay() - baseEpochDay;
        }

        long index = clockStart.toEpochDay() - baseEpochDay;
        int counted = 0;
        while (true) {
            index++;
            boolean paused = false;
            for (int p = 0; p < pauseCount; p++) {
                if (index > pauseFrom[p] && index <= pauseUntil[p]) {
                    if (pauseUntil[p] == OPEN_END) {
                        // Every later day is paused too, so the period cannot run out.
                        return null;
                    }
                    paused = true;
                }
            }
            byte kind = kindAt(index);
            if (!paused && kind == WORKING && ++counted == workingDays) {
                return LocalDate.ofEpochDay(baseEpochDay + index);
            }
        }
    }

    /**
     * The days {@code d} with {@code clockStart < d <= until} that did not count toward a period
     * counted as {@link #responseDue} counts it: weekends, announced holidays, and working days on
     * which one of {@code pauses} held the clock. Read-only; for showing people how a due date came about.
     *
     * @throws CalendarMissingException if a day in the range lies in a year that is not loaded
     */
    public List<ExcludedDay> excludedDays(LocalDate clockStart, LocalDate until, List<Pause> pauses) {
        Objects.requireNonNull(clockStart, "clockStart");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(pauses, "pauses");
        List<ExcludedDay> excluded = new ArrayList<>();
        for (LocalDate day = clockStart.plusDays(1); !day.isAfter(until); day = day.plusDays(1)) {
            byte kind = kindAt(day.toEpochDay() - baseEpochDay);
            if (kind == HOLIDAY) {
                excluded.add(new ExcludedDay(day, Exclusion.HOLIDAY));
            } else if (kind == DAY_OFF) {
                excluded.add(new ExcludedDay(day, Exclusion.WEEKEND));
            } else if (isPaused(day, pauses)) {
                excluded.add(new ExcludedDay(day, Exclusion.PAUSED));
            }
        }
        return excluded;
    }

    private static boolean isPaused(LocalDate day, List<Pause> pauses) {
        for (Pause pause : pauses) {
            if (day.isAfter(pause.from()) && (pause.isOpen() || !day.isAfter(pause.until()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The number of working days in a loaded year.
     *
     * @throws CalendarMissingException if the year is not loaded
     */
    public int workingDayCount(int year) {
        requireLoaded(year);
        int from = Math.toIntExact(LocalDate.of(year, 1, 1).toEpochDay() - baseEpochDay);
        int to = Math.toIntExact(LocalDate.of(year, 12, 31).toEpochDay() - baseEpochDay);
        return cumulative[to + 1] - cumulative[from];
    }

    private int index(LocalDate day) {
        return Math.toIntExact(day.toEpochDay() - baseEpochDay);
    }

    private byte kindAt(long index) {
        if (index < 0 || index >= dayKind.length || dayKind[(int) index] == UNKNOWN) {
            throw new CalendarMissingException(LocalDate.ofEpochDay(baseEpochDay + index).getYear());
        }
        return dayKind[(int) index];
    }

    private void requireLoaded(int year) {
        long i = (long) year - firstYear;
        if (i < 0 || i >= yearLoaded.length || !yearLoaded[(int) i]) {
            throw new CalendarMissingException(year);
        }
    }
}
