package cn.gov.disclosure.calendar;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The schedules shipped in {@code V2__calendar_2024_2026.sql}, transcribed independently from the
 * holiday notices (DOMAIN §4.2) so that {@link ShippedCalendarMigrationTest} can catch typos in
 * either copy.
 */
final class ShippedSchedules {

    private ShippedSchedules() {
    }

    static List<YearSchedule> all() {
        return List.of(year2024(), year2025(), year2026());
    }

    static WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(all());
    }

    /** 国办发明电〔2023〕7号. */
    static YearSchedule year2024() {
        Builder b = new Builder(2024);
        b.off("01-01", "01-01");                           // 元旦
        b.off("02-10", "02-17").work("02-04", "02-18");    // 春节 (除夕 02-09 stays a working day)
        b.off("04-04", "04-06").work("04-07");             // 清明
        b.off("05-01", "05-05").work("04-28", "05-11");    // 劳动节
        b.off("06-10", "06-10");                           // 端午
        b.off("09-15", "09-17").work("09-14");             // 中秋
        b.off("10-01", "10-07").work("09-29", "10-12");    // 国庆
        return b.build();
    }

    /** 国办发明电〔2024〕12号. */
    static YearSchedule year2025() {
        Builder b = new Builder(2025);
        b.off("01-01", "01-01");                           // 元旦
        b.off("01-28", "02-04").work("01-26", "02-08");    // 春节
        b.off("04-04", "04-06");                           // 清明
        b.off("05-01", "05-05").work("04-27");             // 劳动节
        b.off("05-31", "06-02");                           // 端午
        b.off("10-01", "10-08").work("09-28", "10-11");    // 国庆 + 中秋
        return b.build();
    }

    /** Notice of 2025-11-04. */
    static YearSchedule year2026() {
        Builder b = new Builder(2026);
        b.off("01-01", "01-03").work("01-04");             // 元旦
        b.off("02-15", "02-23").work("02-14", "02-28");    // 春节
        b.off("04-04", "04-06");                           // 清明
        b.off("05-01", "05-05").work("05-09");             // 劳动节
        b.off("06-19", "06-21");                           // 端午
        b.off("09-25", "09-27");                           // 中秋
        b.off("10-01", "10-07").work("09-20", "10-10");    // 国庆
        return b.build();
    }

    private static final class Builder {
        private final int year;
        private final Set<LocalDate> holidays = new LinkedHashSet<>();
        private final Set<LocalDate> workdays = new LinkedHashSet<>();

        Builder(int year) {
            this.year = year;
        }

        Builder off(String firstMonthDay, String lastMonthDay) {
            LocalDate last = date(lastMonthDay);
            for (LocalDate d = date(firstMonthDay); !d.isAfter(last); d = d.plusDays(1)) {
                holidays.add(d);
            }
            return this;
        }

        Builder work(String... monthDays) {
            for (String monthDay : monthDays) {
                workdays.add(date(monthDay));
            }
            return this;
        }

        YearSchedule build() {
            return new YearSchedule(year, holidays, workdays);
        }

        private LocalDate date(String monthDay) {
            return LocalDate.parse(year + "-" + monthDay);
        }
    }
}
