package cn.gov.disclosure.fee;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

/** One calculator for the service, on the configured tariff. */
public class FeeCalculatorProducer {

    @Produces
    @Singleton
    FeeCalculator feeCalculator(FeeConfig config) {
        return new FeeCalculator(config.tariff());
    }
}
