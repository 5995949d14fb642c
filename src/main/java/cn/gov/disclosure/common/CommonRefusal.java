package cn.gov.disclosure.common;

import cn.gov.disclosure.common.Refusal.Kind;

/** Refusals of input that any feature reads: dates, numbers, codes, and a race lost to another action. */
public enum CommonRefusal implements Refusal.Reason {
    DATE_IN_FUTURE(Kind.INVALID),
    DATE_BEFORE_WINDOW(Kind.INVALID),
    DATE_AFTER_WINDOW(Kind.INVALID),
    NOT_A_DATE(Kind.INVALID),
    NOT_A_BOOLEAN(Kind.INVALID),
    NOT_A_WHOLE_NUMBER(Kind.INVALID),
    OUT_OF_RANGE(Kind.INVALID),
    NOT_ONE_OF(Kind.INVALID),
    /** A list's {@code after} that no page link of the service wrote. */
    NOT_A_PAGE_KEY(Kind.INVALID),
    /** Another transaction changed the same record first; found at commit or by the engine's revision check. */
    LOST_RACE(Kind.CONFLICT);

    private final Kind kind;

    CommonRefusal(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
