package cn.gov.disclosure.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.Arc;

/**
 * The service's clock in the tests, in place of the system's. It ticks as real time does (fee
 * counting orders registrations by their instants, and equal ones would tie), but from
 * {@link #HOME} at the start of the suite, whatever the real date: every date the tests write
 * down has come by then, every period counted from it ends within the shipped working-day
 * calendars, and the suite gives the same results in any year.
 * <p>
 * A test that needs another day moves the clock and puts it back afterwards ({@link #reset()} in
 * an {@code @AfterEach}). Every move is announced ({@link Moved}), so that the engine's own clock,
 * which decides when a timer is due, follows.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    /** Where the suite runs: a Monday and a working day in mid-2026. */
    public static final LocalDate HOME = LocalDate.of(2026, 6, 15);
    /** The hour a moved clock shows on its new day: far from either midnight. */
    public static final LocalTime HOUR = LocalTime.of(9, 0);

    /** The clock now stands {@code offsetMillis} from real time. */
    public record Moved(long offsetMillis) {
    }

    private static final Clock REAL = Clock.systemUTC();

    private final ZoneId zone;
    private final Event<Moved> moved;
    private final long home;
    private volatile long offsetMillis;

    @Inject
    TestClock(@ConfigProperty(name = "disclosure.zone") ZoneId zone, Event<Moved> moved) {
        this.zone = zone;
        this.moved = moved;
        this.home = offsetTo(HOME.atTime(HOUR).atZone(zone).toInstant());
        this.offsetMillis = home;
    }

    /** The clock as the service reads it. */
    public static TestClock current() {
        return Arc.container().instance(TestClock.class).get();
    }

    /** Puts the clock at {@link #HOUR} on {@code day}, in the agency's zone. */
    public void moveTo(LocalDate day) {
        moveTo(day.atTime(HOUR).atZone(zone).toInstant());
    }

    public void moveTo(Instant instant) {
        set(offsetTo(instant));
    }

    /** Back to where it would stand had it never moved. */
    public void reset() {
        set(home);
    }

    /** How far ahead of real time (behind, if negative) the clock stands, in whole milliseconds. */
    public long offsetMillis() {
        return offsetMillis;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant(), zone);
    }

    @Override
    public Instant instant() {
        return REAL.instant().plusMillis(offsetMillis);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock, moves included, seen from another zone. */
    @Override
    public Clock withZone(ZoneId other) {
        TestClock clock = this;
        return other.equals(zone) ? this : new Clock() {
            @Override
            public Instant instant() {
                return clock.instant();
            }

            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId another) {
                return clock.withZone(another);
            }
        };
    }

    private void set(long offset) {
        offsetMillis = offset;
        moved.fire(new Moved(offset));
    }

    private static long offsetTo(Instant instant) {
        return instant.toEpochMilli() - REAL.millis();
    }
}
