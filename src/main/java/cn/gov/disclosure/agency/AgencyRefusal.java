package cn.gov.disclosure.agency;

import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.common.Refusal.Kind;

/** Refusals about agencies and departments; worded in the bundle as {@code AgencyRefusal.X}. */
public enum AgencyRefusal implements Refusal.Reason {
    EXISTS(Kind.CONFLICT),
    UNKNOWN(Kind.INVALID),
    NOT_FOUND(Kind.NOT_FOUND),
    DEPARTMENT_EXISTS(Kind.CONFLICT),
    UNKNOWN_DEPARTMENT(Kind.INVALID),
    PROFILE_ROLE(Kind.FORBIDDEN),
    /** An online application to an agency that takes none. */
    NOT_ONLINE(Kind.INVALID);

    private final Kind kind;

    AgencyRefusal(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
