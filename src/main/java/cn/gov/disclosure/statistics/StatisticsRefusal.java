package cn.gov.disclosure.statistics;

import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.common.Refusal.Kind;

/** Refusals about the annual table and its publication; worded in the bundle as {@code StatisticsRefusal.X}. */
public enum StatisticsRefusal implements Refusal.Reason {
    NOT_PUBLISHED(Kind.NOT_FOUND),
    YEAR_NOT_ENDED(Kind.CONFLICT),
    PUBLISHED_ALREADY(Kind.CONFLICT),
    PUBLISHED_MEANWHILE(Kind.CONFLICT),
    ROW_REQUIRED(Kind.INVALID),
    UNKNOWN_ROW(Kind.INVALID),
    UNKNOWN_COLUMN(Kind.INVALID),
    FIGURES_ROWS(Kind.INVALID),
    FIGURES_NEGATIVE(Kind.INVALID);

    private final Kind kind;

    StatisticsRefusal(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
