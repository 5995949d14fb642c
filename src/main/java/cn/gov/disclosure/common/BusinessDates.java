package cn.gov.disclosure.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    /** The first instant of a business day: when a period ending the day before has lapsed. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    public ZoneId zone() {
        return zone;
    }
}
