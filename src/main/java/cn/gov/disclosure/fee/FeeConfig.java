package cn.gov.disclosure.fee;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The per-application tariff of 国办函〔2020〕109号 Art 4, overridable because the reading of the
 * bands above 30 applications is [B] in DOMAIN.md. Unset values keep the official figures. Also
 * the most pages a fee notice may charge for.
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

    /**
     * The most pages a notice by volume may charge for: far beyond any one application's
     * information, so a larger number is a typing slip (an extra digit came to a fee of billions).
     * The fee for this many pages must fit the register; the service refuses to start otherwise.
     */
    @WithDefault("1000000")
    int maxPages();

    default FeeTariff tariff() {
        FeeTariff official = FeeTariff.official();
        return new FeeTariff(freeApplicationsPerMonth().orElse(official.freeApplicationsPerMonth()),
                firstBandEnd().orElse(official.firstBandEnd()), firstBandRate().orElse(official.firstBandRate()),
                bandWidth().orElse(official.bandWidth()), rateStep().orElse(official.rateStep()),
                List.copyOf(official.volumeTiers()));
    }
}
