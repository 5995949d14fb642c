package cn.gov.disclosure.cases;

import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.common.Refusal.Kind;

/** Why an action on a case, or a case itself, is refused; worded in the bundle as {@code CaseRefusal.X}. */
public enum CaseRefusal implements Refusal.Reason {
    NOT_FOUND(Kind.NOT_FOUND),
    OTHER_AGENCY(Kind.FORBIDDEN),
    ROLE(Kind.FORBIDDEN),
    WRONG_STATUS(Kind.CONFLICT),
    KEY_TOO_LONG(Kind.INVALID),
    BEFORE_PREVIOUS_EVENT(Kind.INVALID),
    CORRECTION_ONCE(Kind.CONFLICT),
    CORRECTION_DUE_NOT_AFTER_REQUEST(Kind.INVALID),
    CORRECTION_PERIOD_ENDED(Kind.CONFLICT),
    CONSULTATION_PERIOD_ENDED(Kind.CONFLICT),
    EXTENDED_ONCE(Kind.CONFLICT),
    NO_DUE_DATE_TO_EXTEND(Kind.CONFLICT),
    RESPONSE_PERIOD_ENDED(Kind.CONFLICT),
    FEE_ONCE(Kind.CONFLICT),
    FEE_PERIOD_ENDED(Kind.CONFLICT),
    PAGES_REQUIRED(Kind.INVALID),
    PAGES_TOO_MANY(Kind.INVALID),
    LAPSE_OUTCOME(Kind.INVALID),
    STILL_UNCLEAR_WITHOUT_CORRECTION(Kind.CONFLICT),
    SAME_OUTCOME(Kind.CONFLICT),
    EARLIER_REPLY_NOT_EARLIER(Kind.INVALID);

    private final Kind kind;

    CaseRefusal(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
