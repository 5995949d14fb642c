package cn.gov.disclosure.review;

import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.common.Refusal.Kind;

/** Refusals about reconsiderations and lawsuits; worded in the bundle as {@code ReviewRefusal.X}. */
public enum ReviewRefusal implements Refusal.Reason {
    NOT_FOUND(Kind.NOT_FOUND),
    FILED_BEFORE_RECEIPT(Kind.INVALID),
    AFTER_RECONSIDERATION_NOT_LITIGATION(Kind.INVALID),
    CONCLUDED_BEFORE_FILING(Kind.INVALID),
    CONCLUDED_ALREADY(Kind.CONFLICT);

    private final Kind kind;

    ReviewRefusal(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
