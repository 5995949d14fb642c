package cn.gov.disclosure.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import cn.gov.disclosure.common.Refusal;

/**
 * The working-day calendars, kept in the database so that every instance of the service counts
 * with the same schedule, and a newly announced year can be loaded without a release.
 */
@ApplicationScoped
@Transactional
public class CalendarService {

    @Inject
    EntityManager em;

    @Inject
    Event<CalendarChanged> changed;

    @Inject
    Clock clock;

    /** The calendar as this instance last read it, with the version it was read at. */
    private record Read(long version, WorkingDayCalendar calendar) {
    }

    private volatile Read lastRead;

    /**
     * Every loaded year, as the database holds them now. Each step of a case counts with them, so
     * they are read again only when their version (V15, bumped by any change to the tables) is not
     * the one last read: every instance sees another's change with its next read of that one row.
     * A transaction that changed them sees its own version and days, which no other transaction
     * sees unless it commits.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingDayCalendar calendar() {
        long version = ((Number) em.createNativeQuery("select version from calendar_version")
                // Only this table is read: the case rows changed so far need not be flushed for it.
                .setFlushMode(FlushModeType.COMMIT).getSingleResult()).longValue();
        Read known = lastRead;
        if (known != null && known.version() == version) {
            return known.calendar();
        }
        WorkingDayCalendar calendar = read();
        lastRead = new Read(version, calendar);
        return calendar;
    }

    /** Every loaded year; a few dozen rows each. Read after the version, so never older than it. */
    private WorkingDayCalendar read() {
        Map<Integer, Set<LocalDate>> holidays = new TreeMap<>();
        Map<Integer, Set<LocalDate>> workdays = new TreeMap<>();
        for (Integer year : em.createQuery("select y.year from CalendarYear y", Integer.class).getResultList()) {
            holidays.put(year, new TreeSet<>());
            workdays.put(year, new TreeSet<>());
        }
        for (CalendarDay day : em.createQuery("from CalendarDay", CalendarDay.class).getResultList()) {
            (CalendarDay.HOLIDAY.equals(day.kind) ? holidays : workdays).get(day.year).add(day.day);
        }
        return new WorkingDayCalendar(holidays.keySet().stream()
                .map(year -> new YearSchedule(year, holidays.get(year), workdays.get(year))).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<YearSchedule> year(int year) {
        if (em.find(CalendarYear.class, year) == null) {
            return Optional.empty();
        }
        List<CalendarDay> days = em.createQuery("from CalendarDay where year = ?1 order by day", CalendarDay.class)
                .setParameter(1, year).getResultList();
        return Optional.of(new YearSchedule(year, daysOf(days, CalendarDay.HOLIDAY), daysOf(days, CalendarDay.WORKDAY)));
    }

    /** A loaded year's schedule; refused when none is loaded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public YearSchedule loaded(int year) {
        return year(year).orElseThrow(() -> Refusal.of(CalendarRefusal.NOT_LOADED, "year", year));
    }

    private static Set<LocalDate> daysOf(List<CalendarDay> days, String kind) {
        return days.stream().filter(d -> kind.equals(d.kind)).map(d -> d.day).collect(Collectors.toSet());
    }

    /**
     * Loads or replaces {@code year} with the days given, as announced; {@code statedYear}, where the
     * request names one, must be the same year. Empty lists are a year without announcements.
     */
    public YearSchedule load(int year, Integer statedYear, Collection<LocalDate> holidays,
            Collection<LocalDate> workdays) {
        if (year < 2000 || year > 2100) {
            throw Refusal.ofField("year", CalendarRefusal.YEAR_OUT_OF_RANGE);
        }
        if (statedYear != null && statedYear != year) {
            throw Refusal.ofField("year", CalendarRefusal.YEAR_MISMATCH, "body", statedYear, "path", year);
        }
        if (holidays == null || workdays == null) {
            throw Refusal.ofField(holidays == null ? "holidays" : "workdays", CalendarRefusal.DAYS_REQUIRED);
        }
        YearSchedule schedule;
        try {
            schedule = new YearSchedule(year, Set.copyOf(holidays), Set.copyOf(workdays));
        } catch (IllegalArgumentException e) {
            throw Refusal.ofField("holidays", CalendarRefusal.INVALID_SCHEDULE, "problem", e.getMessage());
        }
        replace(schedule);
        return schedule;
    }

    /** Loads or replaces one year; open cases are recounted in the same transaction. */
    public void replace(YearSchedule schedule) {
        em.createQuery("delete from CalendarDay where year = ?1").setParameter(1, schedule.year()).executeUpdate();
        CalendarYear year = em.find(CalendarYear.class, schedule.year());
        if (year == null) {
            year = new CalendarYear();
            year.year = schedule.year();
            year.updatedAt = clock.instant();
            em.persist(year);
        } else {
            year.updatedAt = clock.instant();
        }
        em.flush();
        persist(schedule.year(), schedule.holidays(), CalendarDay.HOLIDAY);
        persist(schedule.year(), schedule.workdays(), CalendarDay.WORKDAY);
        em.flush();
        changed.fire(new CalendarChanged(schedule.year()));
    }

    private void persist(int year, Set<LocalDate> days, String kind) {
        for (LocalDate date : days) {
            CalendarDay day = new CalendarDay();
            day.day = date;
            day.year = year;
            day.kind = kind;
            em.persist(day);
        }
    }
}
