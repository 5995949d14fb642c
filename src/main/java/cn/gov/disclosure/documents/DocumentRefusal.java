package cn.gov.disclosure.documents;

import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.common.Refusal.Kind;

/** Refusals about documents; worded in the bundle as {@code DocumentRefusal.X}. */
public enum DocumentRefusal implements Refusal.Reason {
    NOT_FOUND(Kind.NOT_FOUND),
    /** A preview of a step that issues no letter (of the kind asked for). */
    NO_LETTER(Kind.NOT_FOUND),
    /** A service dated before the letter's own date. */
    SERVED_BEFORE_ISSUE(Kind.INVALID),
    /** An e-mail goes out when it is recorded: it is dated today. */
    EMAIL_SENT_TODAY(Kind.INVALID),
    /** Signed for before it was handed over or posted. */
    RECEIVED_BEFORE_SERVICE(Kind.INVALID),
    /** Post is served by the postal service's tracking number [B]. */
    TRACKING_NUMBER_REQUIRED(Kind.INVALID),
    /** A tracking number with another method than post: refused rather than kept unread. */
    TRACKING_NUMBER_ONLY_BY_POST(Kind.INVALID),
    /** The third party's letter: no e-mail address of the third party is kept. */
    THIRD_PARTY_NOT_BY_EMAIL(Kind.CONFLICT),
    /** The applicant gave no e-mail address. */
    NO_EMAIL_ADDRESS(Kind.CONFLICT),
    /** The address the applicant gave is no e-mail address the mail server could take. */
    NOT_AN_EMAIL_ADDRESS(Kind.CONFLICT),
    /** The mail server did not accept the message: nothing was recorded. */
    MAIL_NOT_SENT(Kind.UNAVAILABLE);

    private final Kind kind;

    DocumentRefusal(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
