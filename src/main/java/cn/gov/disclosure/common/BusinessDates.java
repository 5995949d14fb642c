package cn.gov.disclosure.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.gov.disclosure.common.problem.ApiProblem;

/** Business dates live in the agency's time zone, whatever the server's zone is. */
@ApplicationScoped
public class BusinessDates {

    private final ZoneId zone;
    private final Clock clock;

    public BusinessDates(@ConfigProperty(name = "disclosure.zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.zone = zone;
        this.clock = Clock.system(zone);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The business day a user gave for {@code field}: today when none is given, and never a day
     * that has not come yet.
     */
    public LocalDate dayOf(String field, LocalDate given) {
        LocalDate today = today();
        if (given == null) {
            return today;
        }
        if (given.isAfter(today)) {
            throw ApiProblem.invalid(field, "may not lie in the future", "不得晚于今天（" + today + "）");
        }
        return given;
    }

    /** The first instant of a business day: when a period ending the day before has lapsed. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    public ZoneId zone() {
        return zone;
    }
}
