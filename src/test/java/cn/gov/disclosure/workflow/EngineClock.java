package cn.gov.disclosure.workflow;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import cn.gov.disclosure.support.TestClock;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps the engine's clock on the tests' clock. The job executor takes a timer once its due date
 * has passed by the engine's clock, which is its own: without this, a period would lapse by the
 * real date while the service counts by the test clock's. Both tick from the system's
 * milliseconds, so the same offset keeps them together.
 */
@Singleton
public class EngineClock {

    @Inject
    TestClock clock;

    void started(@Observes StartupEvent started) {
        ClockUtil.offset(clock.offsetMillis());
    }

    void moved(@Observes TestClock.Moved moved) {
        ClockUtil.offset(moved.offsetMillis());
    }

    void stopped(@Observes ShutdownEvent stopped) {
        ClockUtil.reset();
    }
}
