package cn.gov.disclosure.ledger;

import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.common.Refusal.Kind;

/** Refusals of a ledger as a whole, worded in the bundle as {@code LedgerRefusal.X}; its rows' problems are listed. */
public enum LedgerRefusal implements Refusal.Reason {
    FILE_REQUIRED(Kind.INVALID),
    UNREADABLE(Kind.INVALID),
    NOT_A_LEDGER(Kind.INVALID),
    YEAR_OUT_OF_RANGE(Kind.INVALID);

    private final Kind kind;

    LedgerRefusal(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
