package cn.gov.disclosure.report;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import cn.gov.disclosure.common.Wording;

/**
 * The information-processing fees (信息处理费) of the year from the cases, for section 六: the fee
 * notices issued, the fees paid, the applications closed because a fee was not paid (row 三（六）2),
 * and a sentence stating them that the office may take or change.
 */
public record FeesDerived(
        @Schema(description = "Fee notices issued in the year (by their business date) and the fees they charged")
        Amount notices,
        @Schema(description = "Fees paid in the year (by their business date) and the amount collected")
        Amount payments,
        @Schema(description = "Applications closed in the year because the fee was not paid in time: row 三（六）2")
        long lapsed,
        @Schema(description = "A sentence for section 六 stating these figures") String proposedSentence) {

    /** A number of fees and their sum in yuan. */
    public record Amount(long count, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal yuan) {
    }

    static FeesDerived of(int year, boolean consolidated, Amount notices, Amount payments, long lapsed) {
        String who = Wording.chinese(consolidated ? "report.fees.consolidated" : "report.fees.own");
        String sentence = notices.count() == 0 && payments.count() == 0 && lapsed == 0
                ? Wording.chinese("report.fees.none", "year", year, "who", who)
                : Wording.chinese("report.fees.notices", "year", year, "who", who, "notices", notices.count(),
                        "noticed", yuan(notices.yuan()), "paid", payments.count(), "collected",
                        yuan(payments.yuan()), "lapsed", lapsed);
        return new FeesDerived(notices, payments, lapsed, sentence);
    }

    /** Whole yuan as reports write them (380元), fen where there are any (12.50元). */
    private static String yuan(BigDecimal amount) {
        return amount.signum() == 0 || amount.stripTrailingZeros().scale() <= 0
                ? amount.setScale(0).toPlainString() : amount.toPlainString();
    }
}
