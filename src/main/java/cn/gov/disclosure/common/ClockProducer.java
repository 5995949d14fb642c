package cn.gov.disclosure.common;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's one clock, in the agency's time zone. Whatever needs today's date or the current
 * instant has it injected instead of asking the system, so that the tests can put the whole
 * service on a day of their choosing.
 */
@Singleton
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "disclosure.zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        return Clock.system(zone);
    }
}
