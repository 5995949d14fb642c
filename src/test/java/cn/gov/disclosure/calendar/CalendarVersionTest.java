package cn.gov.disclosure.calendar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The calendars an instance keeps in memory follow every committed change at once, however it was
 * made (another instance, a migration, by hand), and never a change that was rolled back.
 */
@QuarkusTest
class CalendarVersionTest {

    /** Far from the shipped years and from those other tests load (BoundaryCorpusTest takes 2090). */
    static final int YEAR = 2091;

    /** Thrown to roll a transaction back. */
    static final class RolledBack extends RuntimeException {
    }

    @Inject
    CalendarService calendars;

    @Inject
    AgroalDataSource database;

    @AfterEach
    void removeTheYear() throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from calendar_year where year = " + YEAR);
        }
    }

    @Test
    void aYearWrittenPastTheServiceIsCountedWithAtTheNextRead() throws Exception {
        assertFalse(calendars.calendar().years().contains(YEAR));

        // As another instance or a migration would: on a connection of its own, committed there.
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into calendar_year (year) values (" + YEAR + ")");
            s.executeUpdate("insert into calendar_day (day, year, kind) values ('" + YEAR + "-01-02', " + YEAR
                    + ", 'HOLIDAY')");
        }

        WorkingDayCalendar calendar = calendars.calendar();
        assertTrue(calendar.years().contains(YEAR));
        assertFalse(calendar.isWorkingDay(LocalDate.of(YEAR, 1, 2)));

        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from calendar_day where day = '" + YEAR + "-01-02'");
        }
        assertTrue(calendars.calendar().isWorkingDay(LocalDate.of(YEAR, 1, 2)));
    }

    @Test
    void aYearLoadedInATransactionThatRollsBackIsNeverCountedWith() {
        assertFalse(calendars.calendar().years().contains(YEAR));
        assertThrows(RolledBack.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            calendars.replace(new YearSchedule(YEAR, Set.of(LocalDate.of(YEAR, 1, 2)), Set.of()));
            // The loading transaction counts with what it loaded (its open cases are recounted so).
            assertTrue(calendars.calendar().years().contains(YEAR));
            throw new RolledBack();
        }));

        assertFalse(calendars.calendar().years().contains(YEAR));
        // The next change takes a version of its own, never the one rolled back.
        QuarkusTransaction.requiringNew().run(() -> calendars.replace(new YearSchedule(YEAR, Set.of(), Set.of())));
        WorkingDayCalendar calendar = calendars.calendar();
        assertTrue(calendar.years().contains(YEAR));
        assertTrue(calendar.isWorkingDay(LocalDate.of(YEAR, 1, 2)));
    }
}
