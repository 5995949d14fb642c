package cn.gov.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.disclosure.calendar.WorkingDayCalendar.Pause;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CALENDAR = ShippedSchedules.calendar();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class LoadedYears {

        @Test
        void countsTheWorkingDaysOfTheShippedYears() {
            assertThat(CALENDAR.workingDayCount(2024)).isEqualTo(251);
            assertThat(CALENDAR.workingDayCount(2025)).isEqualTo(248);
            assertThat(CALENDAR.workingDayCount(2026)).isEqualTo(248);
        }

        @Test
        void listsTheLoadedYearsInOrder() {
            assertThat(CALENDAR.years()).containsExactly(2024, 2025, 2026);
            assertThatThrownBy(() -> CALENDAR.years().add(2027))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void rejectsTheSameYearTwice() {
            List<YearSchedule> twice = List.of(ShippedSchedules.year2025(), ShippedSchedules.year2025());

            assertThatThrownBy(() -> new WorkingDayCalendar(twice))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2025");
        }

        @Test
        void anEmptyCalendarKnowsNoDay() {
            WorkingDayCalendar empty = new WorkingDayCalendar(List.of());

            assertThat(empty.years()).isEmpty();
            assertThatThrownBy(() -> empty.isWorkingDay(d("2025-03-03")))
                    .isInstanceOf(CalendarMissingException.class);
            assertThatThrownBy(() -> empty.workingDayCount(2025))
                    .isInstanceOf(CalendarMissingException.class);
        }
    }

    @Nested
    class IsWorkingDay {

        @ParameterizedTest(name = "{0} working={1}")
        @CsvSource({
                "2024-01-01, false", // 元旦 on a Monday
                "2024-01-02, true",
                "2024-02-04, true",  // Sunday made a working day
                "2024-02-09, true",  // 除夕 2024 was only "encouraged" to be a rest day
                "2024-02-10, false", // holiday on a Saturday
                "2024-02-12, false", // holiday on a Monday
                "2024-02-18, true",  // Sunday made a working day
                "2024-10-12, true",  // Saturday made a working day
                "2024-10-13, false", // ordinary Sunday
                "2025-01-26, true",
                "2025-01-28, false", // 除夕 2025 is a statutory holiday since the 2024 revision
                "2025-02-08, true",
                "2025-05-02, false",
                "2025-06-02, false",
                "2025-10-08, false",
                "2025-10-11, true",
                "2026-01-04, true",
                "2026-02-23, false",
                "2026-12-31, true",
        })
        void followsTheOfficialSchedule(LocalDate day, boolean working) {
            assertThat(CALENDAR.isWorkingDay(day)).isEqualTo(working);
        }

        @Test
        void refusesDaysOfYearsNotLoaded() {
            assertThatThrownBy(() -> CALENDAR.isWorkingDay(d("2027-01-04")))
                    .hasMessage("No working-day calendar is loaded for 2027")
                    .isInstanceOfSatisfying(CalendarMissingException.class, e -> assertThat(e.year()).isEqualTo(2027));
            assertThatThrownBy(() -> CALENDAR.isWorkingDay(d("2023-12-29")))
                    .isInstanceOfSatisfying(CalendarMissingException.class, e -> assertThat(e.year()).isEqualTo(2023));
        }

        @Test
        void refusesDaysOfAYearMissingBetweenLoadedYears() {
            WorkingDayCalendar withGap = new WorkingDayCalendar(
                    List.of(ShippedSchedules.year2024(), ShippedSchedules.year2026()));

            assertThat(withGap.isWorkingDay(d("2024-12-31"))).isTrue();
            assertThat(withGap.isWorkingDay(d("2026-01-05"))).isTrue();
            assertThatThrownBy(() -> withGap.isWorkingDay(d("2025-06-03")))
                    .isInstanceOfSatisfying(CalendarMissingException.class, e -> assertThat(e.year()).isEqualTo(2025));
        }
    }

    @Nested
    class AddWorkingDays {

        /** DOMAIN §4.4. */
        @ParameterizedTest(name = "{0} + {1} = {2}")
        @CsvSource({
                "2025-01-20,  7, 2025-02-05",
                "2025-01-20, 20, 2025-02-21",
                "2025-01-20, 40, 2025-03-21",
                "2024-09-25,  7, 2024-10-10",
                "2024-09-25, 20, 2024-10-28",
                "2024-09-25, 40, 2024-11-25",
                "2024-12-20,  7, 2024-12-31",
                "2024-12-20, 20, 2025-01-20",
        })
        void reproducesTheWorkedExamples(LocalDate received, int n, LocalDate expected) {
            assertThat(CALENDAR.addWorkingDays(received, n)).isEqualTo(expected);
        }

        @Test
        void theStartDayNeverCounts() {
            assertThat(CALENDAR.addWorkingDays(d("2025-03-03"), 1)).isEqualTo(d("2025-03-04"));
            // received on a holiday or a weekend: day 1 is still the next working day
            assertThat(CALENDAR.addWorkingDays(d("2025-01-01"), 1)).isEqualTo(d("2025-01-02"));
            assertThat(CALENDAR.addWorkingDays(d("2025-03-08"), 1)).isEqualTo(d("2025-03-10"));
            // the make-up Sunday counts like any working day
            assertThat(CALENDAR.addWorkingDays(d("2025-01-25"), 1)).isEqualTo(d("2025-01-26"));
            assertThat(CALENDAR.addWorkingDays(d("2025-01-26"), 1)).isEqualTo(d("2025-01-27"));
            assertThat(CALENDAR.addWorkingDays(d("2025-01-27"), 1)).isEqualTo(d("2025-02-05"));
        }

        @Test
        void zeroDaysIsTheStartItself() {
            assertThat(CALENDAR.addWorkingDays(d("2025-02-01"), 0)).isEqualTo(d("2025-02-01"));
        }

        @Test
        void rejectsNegativeCounts() {
            assertThatThrownBy(() -> CALENDAR.addWorkingDays(d("2025-03-03"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aStartInTheYearBeforeTheFirstLoadedOneIsFine() {
            assertThat(CALENDAR.addWorkingDays(d("2023-12-31"), 1)).isEqualTo(d("2024-01-02"));
        }

        @Test
        void refusesToCountIntoAYearNotLoaded() {
            assertThatThrownBy(() -> CALENDAR.addWorkingDays(d("2026-12-15"), 20))
                    .isInstanceOfSatisfying(CalendarMissingException.class, e -> assertThat(e.year()).isEqualTo(2027));
        }

        @Test
        void refusesToCountThroughAMissingYear() {
            WorkingDayCalendar withGap = new WorkingDayCalendar(
                    List.of(ShippedSchedules.year2024(), ShippedSchedules.year2026()));

            assertThat(withGap.addWorkingDays(d("2024-12-20"), 7)).isEqualTo(d("2024-12-31"));
            assertThatThrownBy(() -> withGap.addWorkingDays(d("2024-12-20"), 8))
                    .isInstanceOfSatisfying(CalendarMissingException.class, e -> assertThat(e.year()).isEqualTo(2025));
        }
    }

    @Nested
    class WorkingDaysBetween {

        @Test
        void countsTheDaysAfterTheStartUpToAndIncludingTheEnd() {
            assertThat(CALENDAR.workingDaysBetween(d("2025-01-20"), d("2025-02-21"))).isEqualTo(20);
            assertThat(CALENDAR.workingDaysBetween(d("2024-12-20"), d("2025-01-20"))).isEqualTo(20);
            assertThat(CALENDAR.workingDaysBetween(d("2025-01-27"), d("2025-02-04"))).isZero();
            assertThat(CALENDAR.workingDaysBetween(d("2024-12-31"), d("2025-12-31"))).isEqualTo(248);
            assertThat(CALENDAR.workingDaysBetween(d("2023-12-31"), d("2026-12-31"))).isEqualTo(251 + 248 + 248);
        }

        @Test
        void isZeroWhenTheEndIsNotAfterTheStart() {
            assertThat(CALENDAR.workingDaysBetween(d("2025-03-03"), d("2025-03-03"))).isZero();
            assertThat(CALENDAR.workingDaysBetween(d("2025-03-10"), d("2025-03-03"))).isZero();
        }

        @Test
        void isTheInverseOfAddWorkingDays() {
            for (LocalDate start = d("2023-12-31"); start.isBefore(d("2026-10-01")); start = start.plusDays(1)) {
                for (int n : new int[] {1, 7, 15, 20, 40}) {
                    LocalDate end = CALENDAR.addWorkingDays(start, n);
                    assertThat(CALENDAR.workingDaysBetween(start, end)).as("%s + %d", start, n).isEqualTo(n);
                    assertThat(CALENDAR.workingDaysBetween(start, end.minusDays(1))).as("%s + %d", start, n).isEqualTo(n - 1);
                    assertThat(CALENDAR.isWorkingDay(end)).isTrue();
                }
            }
        }

        @Test
        void refusesRangesTouchingAYearNotLoaded() {
            assertThatThrownBy(() -> CALENDAR.workingDaysBetween(d("2026-12-01"), d("2027-01-05")))
                    .isInstanceOfSatisfying(CalendarMissingException.class, e -> assertThat(e.year()).isEqualTo(2027));
            assertThatThrownBy(() -> CALENDAR.workingDaysBetween(d("2023-12-30"), d("2024-01-05")))
                    .isInstanceOfSatisfying(CalendarMissingException.class, e -> assertThat(e.year()).isEqualTo(2023));

            WorkingDayCalendar withGap = new WorkingDayCalendar(
                    List.of(ShippedSchedules.year2024(), ShippedSchedules.year2026()));
            assertThatThrownBy(() -> withGap.workingDaysBetween(d("2024-12-01"), d("2026-01-31")))
                    .isInstanceOfSatisfying(CalendarMissingException.class, e -> assertThat(e.year()).isEqualTo(2025));
        }
    }

    @Nested
    class ResponseDue {

        // 2025-03-03 is a Monday; 20 working days later, with no pause, is Monday 2025-03-31.
        private final LocalDate received = d("2025-03-03");

        @Test
        void withoutPausesItIsTheNthWorkingDay() {
            assertThat(CALENDAR.responseDue(received, 20, List.of())).isEqualTo(d("2025-03-31"));
            assertThat(CALENDAR.responseDue(d("2025-01-20"), 20, List.of())).isEqualTo(d("2025-02-21"));
            assertThat(CALENDAR.responseDue(d("2025-01-20"), 40, List.of())).isEqualTo(d("2025-03-21"));
        }

        @Test
        void aPauseInTheMiddleExtendsByTheWorkingDaysItCovers() {
            // 03-10 still counts (day 5); 03-11..03-14 do not; counting resumes on 03-17.
            // 04-04 is 清明, so day 20 is 04-07.
            Pause consultation = new Pause(d("2025-03-10"), d("2025-03-14"));

            assertThat(CALENDAR.responseDue(received, 20, List.of(consultation))).isEqualTo(d("2025-04-07"));
        }

        @Test
        void twoPausesAddUp() {
            // 4 working days (03-11..03-14) plus 3 (03-21, 03-24, 03-25) are left out.
            List<Pause> pauses = List.of(
                    new Pause(d("2025-03-10"), d("2025-03-14")),
                    new Pause(d("2025-03-20"), d("2025-03-25")));

            assertThat(CALENDAR.responseDue(received, 20, pauses)).isEqualTo(d("2025-04-10"));
        }

        @Test
        void pausesMayBeGivenInAnyOrderAndMayOverlap() {
            // united they cover 03-11..03-17: 5 working days
            List<Pause> pauses = List.of(
                    new Pause(d("2025-03-12"), d("2025-03-17")),
                    new Pause(d("2025-03-10"), d("2025-03-14")));

            assertThat(CALENDAR.responseDue(received, 20, pauses)).isEqualTo(d("2025-04-08"));
        }

        @Test
        void aPauseSpanningTheSpringFestival() {
            // Received Mon 2025-01-20. Days 1–4 are 01-21..01-24; the pause starts on Fri 01-24, so
            // the make-up Sunday 01-26, 01-27, the festival, 02-05..02-07, the make-up Saturday 02-08
            // and the end day 02-10 are all left out. Counting resumes on 02-11 as day 5.
            Pause fee = new Pause(d("2025-01-24"), d("2025-02-10"));

            assertThat(CALENDAR.responseDue(d("2025-01-20"), 20, List.of(fee))).isEqualTo(d("2025-03-04"));
            assertThat(CALENDAR.responseDue(d("2025-01-20"), 40, List.of(fee))).isEqualTo(d("2025-04-01"));
        }

        @Test
        void aPauseStartingOnAHolidayAndEndingOnAWeekendCostsOnlyTheWorkingDaysInBetween() {
            // (2024-10-01, 2024-10-13]: only 10-08..10-11 and the make-up Saturday 10-12 are working days
            Pause pause = new Pause(d("2024-10-01"), d("2024-10-13"));

            assertThat(CALENDAR.responseDue(d("2024-09-25"), 20, List.of(pause)))
                    .isEqualTo(CALENDAR.addWorkingDays(d("2024-09-25"), 25))
                    .isEqualTo(d("2024-11-04"));
        }

        @Test
        void anOpenPauseMeansTheDueDateIsNotKnownYet() {
            Pause running = new Pause(d("2025-03-10"), null);

            assertThat(running.isOpen()).isTrue();
            assertThat(CALENDAR.responseDue(received, 20, List.of(running))).isNull();
            assertThat(CALENDAR.responseDue(received, 20,
                    List.of(new Pause(d("2025-03-05"), d("2025-03-06")), running))).isNull();
            // an open pause begun even before the clock started
            assertThat(CALENDAR.responseDue(received, 20, List.of(new Pause(d("2025-02-20"), null)))).isNull();
        }

        @Test
        void pausesStartingOnOrAfterTheDueDayDoNotMatter() {
            assertThat(CALENDAR.responseDue(received, 20, List.of(new Pause(d("2025-03-31"), null))))
                    .isEqualTo(d("2025-03-31"));
            assertThat(CALENDAR.responseDue(received, 20, List.of(new Pause(d("2025-03-31"), d("2025-04-15")))))
                    .isEqualTo(d("2025-03-31"));
            assertThat(CALENDAR.responseDue(received, 20, List.of(new Pause(d("2025-05-06"), null))))
                    .isEqualTo(d("2025-03-31"));
            // one day earlier and the open pause holds the clock
            assertThat(CALENDAR.responseDue(received, 20, List.of(new Pause(d("2025-03-28"), null)))).isNull();
        }

        @Test
        void aPauseOverlappingTheStartOnlyCostsTheDaysAfterTheStart() {
            // Begun before receipt, ending Fri 03-07: counting effectively starts after 03-07.
            Pause pause = new Pause(d("2025-02-25"), d("2025-03-07"));

            assertThat(CALENDAR.responseDue(d("2025-03-05"), 20, List.of(pause)))
                    .isEqualTo(CALENDAR.addWorkingDays(d("2025-03-07"), 20))
                    .isEqualTo(d("2025-04-07"));
        }

        @Test
        void pausesEntirelyBeforeTheStartOrOfZeroLengthDoNotMatter() {
            List<Pause> pauses = List.of(
                    new Pause(d("2025-02-10"), d("2025-02-20")),
                    new Pause(d("2025-03-12"), d("2025-03-12")));

            assertThat(CALENDAR.responseDue(received, 20, pauses)).isEqualTo(d("2025-03-31"));
        }

        @Test
        void aClosedPauseExtendsTheDueDateByExactlyTheWorkingDaysItCovers() {
            LocalDate start = d("2025-01-20");
            LocalDate dueWithoutPause = CALENDAR.addWorkingDays(start, 20);
            for (LocalDate from = start; from.isBefore(dueWithoutPause); from = from.plusDays(1)) {
                for (int length = 0; length <= 30; length++) {
                    LocalDate until = from.plusDays(length);
                    int covered = CALENDAR.workingDaysBetween(from, until);

                    assertThat(CALENDAR.responseDue(start, 20, List.of(new Pause(from, until))))
                            .as("pause %s..%s", from, until)
                            .isEqualTo(CALENDAR.addWorkingDays(start, 20 + covered));
                }
            }
        }

        @Test
        void zeroDaysIsTheClockStartItself() {
            assertThat(CALENDAR.responseDue(received, 0, List.of())).isEqualTo(received);
        }

        @Test
        void refusesToCountIntoAYearNotLoaded() {
            List<Pause> pauses = List.of(new Pause(d("2026-11-02"), d("2026-12-10")));

            assertThatThrownBy(() -> CALENDAR.responseDue(d("2026-11-02"), 20, pauses))
                    .isInstanceOfSatisfying(CalendarMissingException.class, e -> assertThat(e.year()).isEqualTo(2027));
        }

        @Test
        void rejectsInvalidInput() {
            assertThatThrownBy(() -> new Pause(d("2025-03-10"), d("2025-03-09")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Pause(null, d("2025-03-09")))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> CALENDAR.responseDue(received, -1, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CALENDAR.responseDue(received, 20, null))
                    .isInstanceOf(NullPointerException.class);
            List<Pause> withNull = new ArrayList<>(Arrays.asList((Pause) null));
            assertThatThrownBy(() -> CALENDAR.responseDue(received, 20, withNull))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class Explanation {

        @Test
        void namesEveryDayThatDidNotCountUpToTheDueDate() {
            LocalDate received = d("2024-09-25");
            LocalDate due = CALENDAR.responseDue(received, 20, List.of());

            List<WorkingDayCalendar.ExcludedDay> excluded = CALENDAR.excludedDays(received, due, List.of());

            assertThat(due).isEqualTo(d("2024-10-28"));
            assertThat(excluded).contains(
                    new WorkingDayCalendar.ExcludedDay(d("2024-09-28"), WorkingDayCalendar.Exclusion.WEEKEND),
                    new WorkingDayCalendar.ExcludedDay(d("2024-10-01"), WorkingDayCalendar.Exclusion.HOLIDAY),
                    new WorkingDayCalendar.ExcludedDay(d("2024-10-05"), WorkingDayCalendar.Exclusion.WEEKEND),
                    new WorkingDayCalendar.ExcludedDay(d("2024-10-07"), WorkingDayCalendar.Exclusion.HOLIDAY));
            // The make-up working days (调休上班) count.
            assertThat(excluded).extracting(WorkingDayCalendar.ExcludedDay::day)
                    .doesNotContain(d("2024-09-29"), d("2024-10-12"));
            long days = due.toEpochDay() - received.toEpochDay();
            assertThat(days - excluded.size()).isEqualTo(20);
        }

        @Test
        void aPauseExcludesItsWorkingDaysAfterTheDayItBegan() {
            LocalDate received = d("2025-03-03");
            List<Pause> pauses = List.of(new Pause(d("2025-03-10"), d("2025-03-12")));
            LocalDate due = CALENDAR.responseDue(received, 20, pauses);

            List<WorkingDayCalendar.ExcludedDay> excluded = CALENDAR.excludedDays(received, due, pauses);

            assertThat(excluded).filteredOn(e -> e.reason() == WorkingDayCalendar.Exclusion.PAUSED)
                    .extracting(WorkingDayCalendar.ExcludedDay::day)
                    .containsExactly(d("2025-03-11"), d("2025-03-12"));
            assertThat(due.toEpochDay() - received.toEpochDay() - excluded.size()).isEqualTo(20);
        }
    }
}
