package cn.gov.disclosure.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.disclosure.security.Roles;
import io.quarkus.security.Authenticated;

/** The official holiday schedules (国务院办公厅 notices) by year. */
@Path("/api/calendar/{year}")
@Authenticated
@Tag(name = "Working-day calendar", description = "The announced days off and make-up working days (调休上班) of a"
        + " year, by which every period of working days is counted.")
public class CalendarResource {

    @Inject
    CalendarService calendars;

    public record CalendarView(Integer year, List<@NotNull LocalDate> holidays, List<@NotNull LocalDate> workdays) {
        static CalendarView of(YearSchedule schedule) {
            return new CalendarView(schedule.year(), List.copyOf(schedule.holidays()), List.copyOf(schedule.workdays()));
        }
    }

    @GET
    @Operation(summary = "Read a year's holidays and make-up working days")
    public CalendarView get(@PathParam("year") int year) {
        return CalendarView.of(calendars.loaded(year));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Load or replace a year's calendar",
            description = "`workdays` must fall on weekends; open cases' due dates follow the new calendar.")
    public CalendarView put(@PathParam("year") int year, @Valid @NotNull CalendarView body) {
        return CalendarView.of(calendars.load(year, body.year(), body.holidays(), body.workdays()));
    }
}
