package cn.gov.disclosure.cases;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The periods of the Regulations, in working days. Those marked [B] in DOMAIN.md are local practice. */
@ConfigMapping(prefix = "disclosure.rules")
public interface CaseRules {

    /** Art 33: answer within 20 working days of receipt (or of the corrected application). */
    @WithDefault("20")
    int responseWorkingDays();

    /** Art 33: one extension of at most 20 working days. */
    @WithDefault("20")
    int extensionWorkingDays();

    /** [B] The correction period when the notice names none; Art 30 only asks for a reasonable one. */
    @WithDefault("15")
    int correctionWorkingDays();

    /** Art 32: the third party answers within 15 working days. */
    @WithDefault("15")
    int consultationWorkingDays();

    /** Fee rules: payment within 20 working days of the notice. */
    @WithDefault("20")
    int paymentWorkingDays();

    /** The periods by name, for wording that states them: {@code {extensionWorkingDays}} in the bundle. */
    default Map<String, Object> byName() {
        return Map.of("responseWorkingDays", responseWorkingDays(), "extensionWorkingDays", extensionWorkingDays(),
                "correctionWorkingDays", correctionWorkingDays(), "consultationWorkingDays", consultationWorkingDays(),
                "paymentWorkingDays", paymentWorkingDays());
    }
}
