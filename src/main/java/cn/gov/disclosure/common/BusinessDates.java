package cn.gov.disclosure.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Business dates live in the agency's time zone, whatever the server's zone is, and within a
 * plausible window: from {@code disclosure.dates.earliest} to today for what has happened, to
 * {@code disclosure.dates.due-span} after today for a period's end. A date outside it is a typing
 * slip, and the far ones overflow the engine's timers or PostgreSQL's dates. Today is read from
 * the service's {@link java.time.Clock} ({@link ClockProducer}).
 */
@ApplicationScoped
public class BusinessDates {

    private final ZoneId zone;
    private final Clock clock;
    private final LocalDate earliest;
    private final Period dueSpan;

    public BusinessDates(Clock clock,
            @ConfigProperty(name = "disclosure.zone", defaultValue = "Asia/Shanghai") ZoneId zone,
            @ConfigProperty(name = "disclosure.dates.earliest", defaultValue = "2000-01-01") LocalDate earliest,
            @ConfigProperty(name = "disclosure.dates.due-span", defaultValue = "P1Y") Period dueSpan) {
        this.zone = zone;
        this.clock = clock;
        this.earliest = earliest;
        this.dueSpan = dueSpan;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The first business date the service takes. */
    public LocalDate earliest() {
        return earliest;
    }

    /** The last business date the service takes: the furthest a period may end. */
    public LocalDate latest() {
        return today().plus(dueSpan);
    }

    /**
     * The business day a user gave for {@code field}: today when none is given, never a day that
     * has not come yet, nor one before the window.
     */
    public LocalDate dayOf(String field, LocalDate given) {
        LocalDate today = today();
        if (given == null) {
            return today;
        }
        if (given.isAfter(today)) {
            throw Refusal.ofField(field, CommonRefusal.DATE_IN_FUTURE, "today", today);
        }
        return within(field, given);
    }

    /**
     * A date the user gave for {@code field} that need not have come yet (a period's end, the end
     * of a range searched), refused outside the window; null stays null.
     */
    public LocalDate within(String field, LocalDate given) {
        if (given != null && given.isBefore(earliest)) {
            throw Refusal.ofField(field, CommonRefusal.DATE_BEFORE_WINDOW, "earliest", earliest);
        }
        LocalDate latest = latest();
        if (given != null && given.isAfter(latest)) {
            throw Refusal.ofField(field, CommonRefusal.DATE_AFTER_WINDOW, "latest", latest);
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
