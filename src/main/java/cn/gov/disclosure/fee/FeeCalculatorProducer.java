package cn.gov.disclosure.fee;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;

/** One calculator for the service, on the configured tariff. */
public class FeeCalculatorProducer {

    /**
     * Made at start, so that a page bound whose fee the register cannot keep stops the service
     * there rather than failing a notice.
     */
    @Produces
    @Singleton
    @Startup
    FeeCalculator feeCalculator(FeeConfig config) {
        FeeCalculator calculator = new FeeCalculator(config.tariff());
        try {
            calculator.perVolume(config.maxPages());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("disclosure.fee.max-pages=" + config.maxPages()
                    + " allows a fee the register cannot keep", e);
        }
        return calculator;
    }
}
