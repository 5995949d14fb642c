package cn.gov.disclosure.fee;

import cn.gov.disclosure.fee.FeeTariff.VolumeTier;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Computes the information processing fee (信息处理费) of Art 42 of the Regulations under
 * 国办函〔2020〕109号.
 *
 * <p>The two methods are alternatives: for one application the agency picks either
 * {@link #perApplication} or {@link #perVolume}, never both (Art 3). Whether a fee may be charged
 * at all (only for applications clearly exceeding a reasonable number or frequency) is the
 * caller's decision.
 */
public final class FeeCalculator {

    private final FeeTariff tariff;

    public FeeCalculator(FeeTariff tariff) {
        this.tariff = Objects.requireNonNull(tariff, "tariff");
    }

    public FeeTariff tariff() {
        return tariff;
    }

    /**
     * 按件计收: the fee for one application that is the {@code applicationNumberInMonth}-th of the
     * same applicant to the same agency in the current natural month. Each application is charged
     * at the rate of the band its own number falls in.
     *
     * @throws IllegalArgumentException if {@code applicationNumberInMonth < 1}
     */
    public Fee perApplication(int applicationNumberInMonth) {
        int n = applicationNumberInMonth;
        if (n < 1) {
            throw new IllegalArgumentException("Applications are numbered from 1, not " + n);
        }
        int free = tariff.freeApplicationsPerMonth();
        if (n <= free) {
            return new Fee(BigDecimal.ZERO, "按件计收：本自然月第" + n + "件，前" + free + "件免费，0元");
        }

        long bandFrom;
        long bandTo;
        BigDecimal rate;
        int firstBandEnd = tariff.firstBandEnd();
        if (n <= firstBandEnd) {
            bandFrom = free + 1L;
            bandTo = firstBandEnd;
            rate = tariff.firstBandRate();
        } else {
            // bands after the first are numbered 1, 2, ... and each adds rateStep once more
            long band = (n - (long) firstBandEnd - 1) / tariff.bandWidth() + 1;
            bandFrom = firstBandEnd + (band - 1) * tariff.bandWidth() + 1;
            bandTo = bandFrom + tariff.bandWidth() - 1;
            rate = tariff.firstBandRate().add(tariff.rateStep().multiply(BigDecimal.valueOf(band)));
        }
        return new Fee(rate, "按件计收：本自然月第" + n + "件，" + range(bandFrom, bandTo, "件")
                + "每件" + yuan(rate) + "元");
    }

    /**
     * 按量计收: the fee for one application whose information comes to {@code pages} pages, each
     * page charged at the rate of its tier (超额累进).
     *
     * @throws IllegalArgumentException if {@code pages < 0}
     */
    public Fee perVolume(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("The number of pages must not be negative: " + pages);
        }
        BigDecimal total = BigDecimal.ZERO;
        StringJoiner parts = new StringJoiner(" + ");
        for (VolumeTier tier : tariff.volumeTiers()) {
            if (tier.fromPage() > pages) {
                break;
            }
            int last = Math.min(tier.toPageInclusiveOrMax(), pages);
            if (tier.ratePerPage().signum() == 0) {
                continue;
            }
            int count = last - tier.fromPage() + 1;
            BigDecimal charge = tier.ratePerPage().multiply(BigDecimal.valueOf(count));
            total = total.add(charge);
            parts.add(range(tier.fromPage(), last, "页") + " " + count + "页×" + yuan(tier.ratePerPage()) + "元");
        }
        if (total.signum() == 0) {
            return new Fee(BigDecimal.ZERO, "按量计收：共" + pages + "页，" + freeAllowanceText() + "0元");
        }
        return new Fee(total, "按量计收：" + parts + " = " + yuan(total) + "元");
    }

    /** "前30页免费，" when the tariff starts with free pages, otherwise nothing. */
    private String freeAllowanceText() {
        long freePages = 0;
        for (VolumeTier tier : tariff.volumeTiers()) {
            if (tier.ratePerPage().signum() != 0) {
                break;
            }
            freePages = tier.toPageInclusiveOrMax();
        }
        if (freePages == 0) {
            return "";
        }
        if (freePages == VolumeTier.OPEN_END) {
            return "免费，";
        }
        return "前" + freePages + "页免费，";
    }

    private static String range(long from, long to, String unit) {
        return from == to ? "第" + from + unit : "第" + from + "–" + to + unit;
    }

    private static String yuan(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
