package cn.gov.disclosure.report;

import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.common.Refusal.Kind;

/** Refusals of what the office keys in for its annual report; worded in the bundle as {@code ReportRefusal.X}. */
public enum ReportRefusal implements Refusal.Reason {
    NEGATIVE(Kind.INVALID),
    AMOUNT(Kind.INVALID);

    private final Kind kind;

    ReportRefusal(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
