package cn.gov.disclosure.fee;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The tier parameters of the information processing fee (国办函〔2020〕109号 Arts 4–5). They are
 * parameters rather than constants because provinces restate the tariff in their own notices and
 * an office must be able to follow its local version.
 *
 * <p>Per application (按件计收), for the n-th application of one applicant to one agency within a
 * natural month: {@code n <= freeApplicationsPerMonth} is free; up to {@code firstBandEnd} each
 * costs {@code firstBandRate}; after that every further band of {@code bandWidth} applications
 * costs {@code rateStep} more per application than the band before.
 *
 * <p>Per volume (按量计收), for one application: each page is charged at the rate of the tier it
 * falls in (超额累进). The tiers start at page 1, follow each other without gaps and the last
 * one is open-ended ({@link VolumeTier#OPEN_END}).
 */
public record FeeTariff(
        int freeApplicationsPerMonth,
        int firstBandEnd,
        BigDecimal firstBandRate,
        int bandWidth,
        BigDecimal rateStep,
        List<VolumeTier> volumeTiers) {

    /**
     * The pages {@code fromPage..toPageInclusiveOrMax} of one application, charged at
     * {@code ratePerPage} each.
     */
    public record VolumeTier(int fromPage, int toPageInclusiveOrMax, BigDecimal ratePerPage) {

        /** The upper bound of the last, open-ended tier. */
        public static final int OPEN_END = Integer.MAX_VALUE;

        public VolumeTier {
            Objects.requireNonNull(ratePerPage, "ratePerPage");
            if (fromPage < 1) {
                throw new IllegalArgumentException("Pages are numbered from 1, not " + fromPage);
            }
            if (toPageInclusiveOrMax < fromPage) {
                throw new IllegalArgumentException(
                        "Tier ends (" + toPageInclusiveOrMax + ") before it starts (" + fromPage + ")");
            }
            requireMoney(ratePerPage, "ratePerPage");
        }

        public boolean isOpenEnded() {
            return toPageInclusiveOrMax == OPEN_END;
        }
    }

    public FeeTariff {
        Objects.requireNonNull(firstBandRate, "firstBandRate");
        Objects.requireNonNull(rateStep, "rateStep");
        Objects.requireNonNull(volumeTiers, "volumeTiers");
        if (freeApplicationsPerMonth < 0) {
            throw new IllegalArgumentException(
                    "freeApplicationsPerMonth must not be negative: " + freeApplicationsPerMonth);
        }
        if (firstBandEnd < freeApplicationsPerMonth) {
            throw new IllegalArgumentException("firstBandEnd (" + firstBandEnd
                    + ") must not be below freeApplicationsPerMonth (" + freeApplicationsPerMonth + ")");
        }
        if (bandWidth < 1) {
            throw new IllegalArgumentException("bandWidth must be at least 1: " + bandWidth);
        }
        requireMoney(firstBandRate, "firstBandRate");
        requireMoney(rateStep, "rateStep");

        volumeTiers = List.copyOf(volumeTiers);
        if (volumeTiers.isEmpty()) {
            throw new IllegalArgumentException("At least one volume tier is needed");
        }
        long expectedFrom = 1;
        for (VolumeTier tier : volumeTiers) {
            if (expectedFrom > VolumeTier.OPEN_END) {
                throw new IllegalArgumentException("No volume tier may follow the open-ended one");
            }
            if (tier.fromPage() != expectedFrom) {
                throw new IllegalArgumentException("Volume tiers must be contiguous from page 1: expected a tier from page "
                        + expectedFrom + " but got one from page " + tier.fromPage());
            }
            expectedFrom = (long) tier.toPageInclusiveOrMax() + 1;
        }
        if (expectedFrom <= VolumeTier.OPEN_END) {
            throw new IllegalArgumentException("The last volume tier must be open-ended (VolumeTier.OPEN_END)");
        }
    }

    /**
     * The national tariff: 10 applications a month free, then 100 元/件 up to the 30th and 100 元
     * more for each further band of 10; pages 1–30 free, 31–100 at 10 元, 101–200 at 20 元 and
     * from 201 at 40 元 per page.
     */
    public static FeeTariff official() {
        return new FeeTariff(10, 30, BigDecimal.valueOf(100), 10, BigDecimal.valueOf(100), List.of(
                new VolumeTier(1, 30, BigDecimal.ZERO),
                new VolumeTier(31, 100, BigDecimal.valueOf(10)),
                new VolumeTier(101, 200, BigDecimal.valueOf(20)),
                new VolumeTier(201, VolumeTier.OPEN_END, BigDecimal.valueOf(40))));
    }

    private static void requireMoney(BigDecimal value, String name) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(name + " must be whole fen at most: " + value);
        }
    }
}
