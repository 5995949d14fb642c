package cn.gov.disclosure.security;

import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.common.Refusal.Kind;

/** Refusals about users and what they may act for; worded in the bundle as {@code UserRefusal.X}. */
public enum UserRefusal implements Refusal.Reason {
    UNKNOWN_USER(Kind.FORBIDDEN),
    AGENCY_REQUIRED(Kind.INVALID),
    OTHER_AGENCY(Kind.FORBIDDEN),
    AGENCY_OF_USER_REQUIRED(Kind.INVALID),
    DEPARTMENT_OF_HANDLER_REQUIRED(Kind.INVALID),
    EXISTS(Kind.CONFLICT);

    private final Kind kind;

    UserRefusal(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
