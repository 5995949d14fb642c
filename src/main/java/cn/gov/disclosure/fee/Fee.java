package cn.gov.disclosure.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An information processing fee (信息处理费) and how it was arrived at.
 *
 * @param amount the amount in yuan, always with scale 2 so that equal fees compare equal
 * @param basis  a short Chinese explanation of the calculation, fit for the fee notice, which
 *               must state the 依据、标准、数额
 */
public record Fee(BigDecimal amount, String basis) {

    /** The largest amount the register keeps ({@code fee_amount numeric(12, 2)}). */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    public Fee {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(basis, "basis");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("A fee cannot be negative: " + amount);
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new IllegalArgumentException("A fee above " + MAX_AMOUNT + " yuan cannot be recorded: " + amount);
        }
        try {
            amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("A fee is charged in whole fen at most: " + amount, e);
        }
    }

    public boolean isFree() {
        return amount.signum() == 0;
    }
}
