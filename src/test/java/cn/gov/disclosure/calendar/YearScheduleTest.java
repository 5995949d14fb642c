package cn.gov.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class YearScheduleTest {

    private static final LocalDate NEW_YEAR = LocalDate.of(2025, 1, 1);
    private static final LocalDate SUNDAY_MAKE_UP = LocalDate.of(2025, 1, 26);
    private static final LocalDate SATURDAY_MAKE_UP = LocalDate.of(2025, 2, 8);

    @Test
    void acceptsHolidaysOnWeekendsAndMakeUpDaysOnSaturdayOrSunday() {
        LocalDate saturdayHoliday = LocalDate.of(2025, 2, 1);

        YearSchedule schedule = new YearSchedule(2025,
                Set.of(saturdayHoliday, NEW_YEAR), Set.of(SATURDAY_MAKE_UP, SUNDAY_MAKE_UP));

        assertThat(schedule.year()).isEqualTo(2025);
        assertThat(schedule.holidays()).containsExactly(NEW_YEAR, saturdayHoliday);
        assertThat(schedule.workdays()).containsExactly(SUNDAY_MAKE_UP, SATURDAY_MAKE_UP);
    }

    @Test
    void acceptsAnEmptyYear() {
        YearSchedule schedule = new YearSchedule(2030, Set.of(), Set.of());

        assertThat(schedule.holidays()).isEmpty();
        assertThat(schedule.workdays()).isEmpty();
    }

    @Test
    void copiesTheSetsDefensively() {
        Set<LocalDate> holidays = new HashSet<>(Set.of(NEW_YEAR));
        Set<LocalDate> workdays = new HashSet<>(Set.of(SUNDAY_MAKE_UP));

        YearSchedule schedule = new YearSchedule(2025, holidays, workdays);
        holidays.add(LocalDate.of(2025, 1, 28));
        workdays.clear();

        assertThat(schedule.holidays()).containsExactly(NEW_YEAR);
        assertThat(schedule.workdays()).containsExactly(SUNDAY_MAKE_UP);
    }

    @Test
    void exposesUnmodifiableSets() {
        YearSchedule schedule = new YearSchedule(2025, Set.of(NEW_YEAR), Set.of(SUNDAY_MAKE_UP));

        assertThatThrownBy(() -> schedule.holidays().add(LocalDate.of(2025, 1, 2)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> schedule.workdays().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalSchedulesAreEqualWhateverTheInputSetType() {
        YearSchedule a = new YearSchedule(2025, Set.of(NEW_YEAR), Set.of(SUNDAY_MAKE_UP));
        YearSchedule b = new YearSchedule(2025, new HashSet<>(Set.of(NEW_YEAR)), new HashSet<>(Set.of(SUNDAY_MAKE_UP)));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void rejectsAHolidayOutsideTheYear() {
        assertThatThrownBy(() -> new YearSchedule(2025, Set.of(LocalDate.of(2024, 12, 31)), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-12-31")
                .hasMessageContaining("2025");
    }

    @Test
    void rejectsAMakeUpDayOutsideTheYear() {
        assertThatThrownBy(() -> new YearSchedule(2024, Set.of(), Set.of(SUNDAY_MAKE_UP)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-01-26")
                .hasMessageContaining("2024");
    }

    @Test
    void rejectsADayThatIsBothHolidayAndMakeUpDay() {
        assertThatThrownBy(() -> new YearSchedule(2025, Set.of(SUNDAY_MAKE_UP), Set.of(SUNDAY_MAKE_UP)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-01-26")
                .hasMessageContaining("both");
    }

    @Test
    void rejectsAMakeUpDayOnAWeekday() {
        LocalDate monday = LocalDate.of(2025, 1, 27);

        assertThatThrownBy(() -> new YearSchedule(2025, Set.of(), Set.of(monday)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-01-27")
                .hasMessageContaining("MONDAY");
    }

    @Test
    void rejectsNulls() {
        Set<LocalDate> withNull = new HashSet<>();
        withNull.add(null);

        assertThatThrownBy(() -> new YearSchedule(2025, null, Set.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new YearSchedule(2025, Set.of(), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new YearSchedule(2025, withNull, Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
    }
}
