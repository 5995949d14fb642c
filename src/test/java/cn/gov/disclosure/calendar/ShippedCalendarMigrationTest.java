package cn.gov.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the calendar data in the Flyway migration and the transcription used by the unit tests
 * from drifting apart, without needing a database.
 */
class ShippedCalendarMigrationTest {

    private static final String MIGRATION = "/db/migration/V2__calendar_2024_2026.sql";

    private static final Pattern DAY_ROW =
            Pattern.compile("\\(\\s*'(\\d{4}-\\d{2}-\\d{2})'\\s*,\\s*(\\d{4})\\s*,\\s*'([A-Z]+)'\\s*\\)");
    private static final Pattern YEAR_INSERT =
            Pattern.compile("insert\\s+into\\s+calendar_year\\s*\\(\\s*year\\s*\\)\\s*values\\s*\\(\\s*(\\d{4})\\s*\\)",
                    Pattern.CASE_INSENSITIVE);

    private record DayRow(LocalDate day, int year, String kind) {
    }

    private static String sql;
    private static List<DayRow> rows;

    @BeforeAll
    static void readMigration() throws IOException {
        try (InputStream in = ShippedCalendarMigrationTest.class.getResourceAsStream(MIGRATION)) {
            assertThat(in).as("classpath resource %s", MIGRATION).isNotNull();
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // comments mention dates too; only the statements are data
            sql = raw.replaceAll("--[^\\n]*", "");
        }
        rows = new ArrayList<>();
        Matcher m = DAY_ROW.matcher(sql);
        while (m.find()) {
            rows.add(new DayRow(LocalDate.parse(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
        }
    }

    @Test
    void insertsExactlyTheShippedYears() {
        List<Integer> years = new ArrayList<>();
        Matcher m = YEAR_INSERT.matcher(sql);
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
        }

        assertThat(years).containsExactly(2024, 2025, 2026);
        assertThat(rows).extracting(DayRow::year).containsOnly(2024, 2025, 2026);
    }

    @Test
    void everyValueTupleWasParsed() {
        int tuples = sql.split("\\(\\s*'\\d{4}-", -1).length - 1;

        assertThat(rows).isNotEmpty().hasSize(tuples);
    }

    @Test
    void everyRowIsConsistent() {
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.kind()).isIn("HOLIDAY", "WORKDAY");
            assertThat(row.day().getYear()).as("year column of %s", row.day()).isEqualTo(row.year());
        });
        assertThat(rows).extracting(DayRow::day).doesNotHaveDuplicates();
    }

    @Test
    void holdsTheSameDaysAsTheTestSchedules() {
        Map<Integer, TreeSet<LocalDate>> holidays = new TreeMap<>();
        Map<Integer, TreeSet<LocalDate>> workdays = new TreeMap<>();
        for (DayRow row : rows) {
            Map<Integer, TreeSet<LocalDate>> target = row.kind().equals("HOLIDAY") ? holidays : workdays;
            target.computeIfAbsent(row.year(), y -> new TreeSet<>()).add(row.day());
        }

        for (YearSchedule expected : ShippedSchedules.all()) {
            int year = expected.year();
            assertThat(holidays.getOrDefault(year, new TreeSet<>())).as("HOLIDAY rows of %d", year)
                    .containsExactlyElementsOf(expected.holidays());
            assertThat(workdays.getOrDefault(year, new TreeSet<>())).as("WORKDAY rows of %d", year)
                    .containsExactlyElementsOf(expected.workdays());
        }
        assertThat(holidays.keySet()).containsExactly(2024, 2025, 2026);
    }

    @Test
    void theMigratedDataBuildsAValidCalendar() {
        List<YearSchedule> schedules = new ArrayList<>();
        for (int year : List.of(2024, 2025, 2026)) {
            TreeSet<LocalDate> off = new TreeSet<>();
            TreeSet<LocalDate> on = new TreeSet<>();
            for (DayRow row : rows) {
                if (row.year() == year) {
                    (row.kind().equals("HOLIDAY") ? off : on).add(row.day());
                }
            }
            schedules.add(new YearSchedule(year, off, on));
        }

        WorkingDayCalendar calendar = new WorkingDayCalendar(schedules);

        assertThat(calendar.workingDayCount(2024)).isEqualTo(251);
        assertThat(calendar.workingDayCount(2025)).isEqualTo(248);
        assertThat(calendar.workingDayCount(2026)).isEqualTo(248);
    }
}
