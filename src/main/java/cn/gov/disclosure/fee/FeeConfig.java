package cn.gov.disclosure.fee;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The per-application tariff of 国办函〔2020〕109号 Art 4, overridable because the reading of the
 * bands above 30 applications is [B] in DOMAIN.md. Unset values keep the official figures.
 */
@ConfigMapping(prefix = "disclosure.fee")
public interface FeeConfig {

    /** Applications per natural month that cost nothing (official: 10). */
    Optional<Integer> freeApplicationsPerMonth();

    /** Last application number of the first paid band (official: 30). */
    Optional<Integer> firstBandEnd();

    /** Yuan per application in the first paid band (official: 100). */
    Optional<BigDecimal> firstBandRate();

    /** Applications per further band (official: 10). */
    Optional<Integer> bandWidth();

    /** Yuan added per application with each further band (official: 100). */
    Optional<BigDecimal> rateStep();

    default FeeTariff tariff() {
        FeeTariff official = FeeTariff.official();
        return new FeeTariff(freeApplicationsPerMonth().orElse(official.freeApplicationsPerMonth()),
                firstBandEnd().orElse(official.firstBandEnd()), firstBandRate().orElse(official.firstBandRate()),
                bandWidth().orElse(official.bandWidth()), rateStep().orElse(official.rateStep()),
                List.copyOf(official.volumeTiers()));
    }
}
