package cn.gov.disclosure.calendar;

import static cn.gov.disclosure.support.Api.as;
import static cn.gov.disclosure.support.Api.get;
import static cn.gov.disclosure.support.Api.registerAccepted;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.quarkus.test.junit.QuarkusTest;

/** The shipped calendars, and loading a year that open cases then follow. */
@QuarkusTest
class CalendarResourceTest {

    @Test
    void theShippedYearsAreServed() {
        Office office = Api.newOffice();
        as(office.clerk()).get("/api/calendar/2025").then()
                .statusCode(200)
                .body("year", equalTo(2025))
                .body("holidays", hasItems("2025-01-28", "2025-02-04", "2025-10-08"))
                .body("workdays", equalTo(List.of("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28",
                        "2025-10-11")));
    }

    @Test
    void aCaseWhoseDeadlineFallsInAYearWithoutCalendarSaysSoUntilTheYearIsLoaded() {
        Office office = Api.newOffice();
        // 2022 and 2023 are not shipped: load 2022 only, and a case received late in 2022 runs into 2023.
        int year = 2023;
        as(Api.ADMIN).body(Map.of("year", year - 1, "holidays", List.of(), "workdays", List.of()))
                .put("/api/calendar/" + (year - 1)).then().statusCode(200);
        String received = (year - 1) + "-12-20";
        String id = registerAccepted(office, received);
        get(office.clerk(), id)
                .body("responseDueOn", nullValue())
                .body("deadlineProblem", equalTo("No working-day calendar is loaded for " + year));
        Api.act(office.office(), id, "extension", Map.of("on", received, "reason", "x")).statusCode(409);

        // Loaded with 2 January as a holiday: 20 working days after 20 December, skipping it.
        as(Api.ADMIN).body(Map.of("year", year, "holidays", List.of(year + "-01-02"), "workdays", List.of()))
                .put("/api/calendar/" + year).then().statusCode(200);
        java.time.LocalDate expected = java.time.LocalDate.parse(received);
        for (int counted = 0; counted < 20;) {
            expected = expected.plusDays(1);
            boolean weekend = expected.getDayOfWeek().getValue() >= 6;
            if (!weekend && !expected.toString().equals(year + "-01-02")) {
                counted++;
            }
        }
        get(office.clerk(), id)
                .body("responseDueOn", equalTo(expected.toString()))
                .body("deadlineProblem", nullValue());
    }
}
