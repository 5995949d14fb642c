package cn.gov.disclosure.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.disclosure.fee.FeeTariff.VolumeTier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeCalculatorTest {

    private final FeeCalculator official = new FeeCalculator(FeeTariff.official());

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    @Nested
    class PerApplication {

        @ParameterizedTest(name = "application {0} costs {1}")
        @CsvSource({
                " 1,   0.00",
                "10,   0.00",
                "11, 100.00",
                "12, 100.00",
                "30, 100.00",
                "31, 200.00",
                "40, 200.00",
                "41, 300.00",
                "50, 300.00",
                "51, 400.00",
                "60, 400.00",
                "61, 500.00",
        })
        void followsTheBands(int n, BigDecimal expected) {
            Fee fee = official.perApplication(n);

            assertThat(fee.amount()).isEqualTo(expected);
            assertThat(fee.amount().scale()).isEqualTo(2);
        }

        @Test
        void explainsTheBand() {
            assertThat(official.perApplication(10).basis()).isEqualTo("按件计收：本自然月第10件，前10件免费，0元");
            assertThat(official.perApplication(12).basis()).isEqualTo("按件计收：本自然月第12件，第11–30件每件100元");
            assertThat(official.perApplication(31).basis()).isEqualTo("按件计收：本自然月第31件，第31–40件每件200元");
            assertThat(official.perApplication(51).basis()).isEqualTo("按件计收：本自然月第51件，第51–60件每件400元");
        }

        @Test
        void rejectsNumbersBelowOne() {
            assertThatThrownBy(() -> official.perApplication(0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> official.perApplication(-3)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void followsAConfiguredTariff() {
            // 5 free, 6–20 at 50, then bands of 5 each 25 more expensive
            FeeCalculator local = new FeeCalculator(new FeeTariff(5, 20, yuan("50"), 5, yuan("25.50"),
                    FeeTariff.official().volumeTiers()));

            assertThat(local.perApplication(5).amount()).isEqualTo(yuan("0.00"));
            assertThat(local.perApplication(6).amount()).isEqualTo(yuan("50.00"));
            assertThat(local.perApplication(20).amount()).isEqualTo(yuan("50.00"));
            assertThat(local.perApplication(21).amount()).isEqualTo(yuan("75.50"));
            assertThat(local.perApplication(25).amount()).isEqualTo(yuan("75.50"));
            assertThat(local.perApplication(26).amount()).isEqualTo(yuan("101.00"));
            assertThat(local.perApplication(26).basis()).isEqualTo("按件计收：本自然月第26件，第26–30件每件101元");
        }

        @Test
        void allowsTheFirstBandToBeEmpty() {
            FeeCalculator local = new FeeCalculator(new FeeTariff(10, 10, yuan("100"), 10, yuan("100"),
                    FeeTariff.official().volumeTiers()));

            assertThat(local.perApplication(10).amount()).isEqualTo(yuan("0.00"));
            assertThat(local.perApplication(11).amount()).isEqualTo(yuan("200.00"));
            assertThat(local.perApplication(21).amount()).isEqualTo(yuan("300.00"));
        }
    }

    @Nested
    class PerVolume {

        @ParameterizedTest(name = "{0} pages cost {1}")
        @CsvSource({
                "  0,    0.00",
                "  1,    0.00",
                " 30,    0.00",
                " 31,   10.00",
                "100,  700.00",
                "101,  720.00",
                "200, 2700.00",
                "201, 2740.00",
                "250, 4700.00",
        })
        void chargesEachPageAtTheRateOfItsTier(int pages, BigDecimal expected) {
            Fee fee = official.perVolume(pages);

            assertThat(fee.amount()).isEqualTo(expected);
            assertThat(fee.amount().scale()).isEqualTo(2);
        }

        @Test
        void explainsTheCalculation() {
            assertThat(official.perVolume(250).basis()).isEqualTo(
                    "按量计收：第31–100页 70页×10元 + 第101–200页 100页×20元 + 第201–250页 50页×40元 = 4700元");
            assertThat(official.perVolume(31).basis()).isEqualTo("按量计收：第31页 1页×10元 = 10元");
            assertThat(official.perVolume(30).basis()).isEqualTo("按量计收：共30页，前30页免费，0元");
            assertThat(official.perVolume(0).basis()).isEqualTo("按量计收：共0页，前30页免费，0元");
        }

        @Test
        void rejectsNegativePageCounts() {
            assertThatThrownBy(() -> official.perVolume(-1)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void chargesNoFeeTheRegisterCannotKeep() {
            assertThat(official.perVolume(1_000_000).amount()).isEqualByComparingTo("39994700");
            // 85,899,340,580 元 overflowed fee_amount numeric(12, 2) at the database.
            assertThatThrownBy(() -> official.perVolume(Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void followsAConfiguredTariffWithoutFreePages() {
            FeeCalculator local = new FeeCalculator(new FeeTariff(10, 30, yuan("100"), 10, yuan("100"), List.of(
                    new VolumeTier(1, 10, yuan("0.50")),
                    new VolumeTier(11, VolumeTier.OPEN_END, yuan("1")))));

            assertThat(local.perVolume(0).amount()).isEqualTo(yuan("0.00"));
            assertThat(local.perVolume(0).basis()).isEqualTo("按量计收：共0页，0元");
            assertThat(local.perVolume(12).amount()).isEqualTo(yuan("7.00"));
            assertThat(local.perVolume(12).basis())
                    .isEqualTo("按量计收：第1–10页 10页×0.5元 + 第11–12页 2页×1元 = 7元");
        }
    }

    @Nested
    class Tariff {

        @Test
        void theOfficialTariffMatchesTheNationalRules() {
            FeeTariff tariff = FeeTariff.official();

            assertThat(tariff.freeApplicationsPerMonth()).isEqualTo(10);
            assertThat(tariff.firstBandEnd()).isEqualTo(30);
            assertThat(tariff.firstBandRate()).isEqualByComparingTo("100");
            assertThat(tariff.bandWidth()).isEqualTo(10);
            assertThat(tariff.rateStep()).isEqualByComparingTo("100");
            assertThat(tariff.volumeTiers()).extracting(VolumeTier::fromPage).containsExactly(1, 31, 101, 201);
            assertThat(tariff.volumeTiers().get(3).isOpenEnded()).isTrue();
        }

        @Test
        void rejectsTiersWithGapsOverlapsOrNoOpenEnd() {
            BigDecimal ten = yuan("10");
            assertThatThrownBy(() -> tariffWith(List.of(
                    new VolumeTier(1, 30, BigDecimal.ZERO), new VolumeTier(32, VolumeTier.OPEN_END, ten))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contiguous");
            assertThatThrownBy(() -> tariffWith(List.of(
                    new VolumeTier(1, 30, BigDecimal.ZERO), new VolumeTier(30, VolumeTier.OPEN_END, ten))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contiguous");
            assertThatThrownBy(() -> tariffWith(List.of(new VolumeTier(2, VolumeTier.OPEN_END, ten))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page 1");
            assertThatThrownBy(() -> tariffWith(List.of(new VolumeTier(1, 30, BigDecimal.ZERO))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("open-ended");
            assertThatThrownBy(() -> tariffWith(List.of(
                    new VolumeTier(1, VolumeTier.OPEN_END, ten), new VolumeTier(1, 5, ten))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("open-ended");
            assertThatThrownBy(() -> tariffWith(List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void rejectsInvalidParameters() {
            List<VolumeTier> tiers = FeeTariff.official().volumeTiers();
            assertThatThrownBy(() -> new FeeTariff(-1, 30, yuan("100"), 10, yuan("100"), tiers))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new FeeTariff(10, 9, yuan("100"), 10, yuan("100"), tiers))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new FeeTariff(10, 30, yuan("100"), 0, yuan("100"), tiers))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new FeeTariff(10, 30, yuan("-1"), 10, yuan("100"), tiers))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new FeeTariff(10, 30, yuan("100"), 10, yuan("0.001"), tiers))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new VolumeTier(0, 5, BigDecimal.ONE))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new VolumeTier(10, 5, BigDecimal.ONE))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        private FeeTariff tariffWith(List<VolumeTier> tiers) {
            return new FeeTariff(10, 30, yuan("100"), 10, yuan("100"), tiers);
        }
    }

    @Nested
    class FeeRecord {

        @Test
        void normalisesTheScaleSoEqualAmountsAreEqual() {
            assertThat(new Fee(yuan("100"), "x")).isEqualTo(new Fee(yuan("100.00"), "x"));
            assertThat(new Fee(BigDecimal.ZERO, "x").isFree()).isTrue();
        }

        @Test
        void rejectsNegativeOrFractionalFenAmounts() {
            assertThatThrownBy(() -> new Fee(yuan("-1"), "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Fee(yuan("1.005"), "x")).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void takesNoAmountTheRegisterCannotKeep() {
            assertThat(new Fee(Fee.MAX_AMOUNT, "x").amount()).isEqualByComparingTo("9999999999.99");
            assertThatThrownBy(() -> new Fee(yuan("10000000000"), "x")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
