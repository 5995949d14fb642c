package cn.gov.disclosure.applicants;

import cn.gov.disclosure.common.Refusal;

/** Why a public page refuses a request; worded in the bundle under {@code PublicRefusal.*}. */
public enum PublicRefusal implements Refusal.Reason {
    /** An unknown reference and a wrong code answer alike: nobody learns which references exist. */
    NO_SUCH_PAIR(Refusal.Kind.NOT_FOUND),
    TOO_MANY_ATTEMPTS(Refusal.Kind.TOO_MANY),
    /** A public form posted without its browser's token: from another site, or kept open too long. */
    FORM_EXPIRED(Refusal.Kind.FORBIDDEN),
    /** Art 29(1): the applicant's identity (身份证明) is part of the application. */
    ID_NUMBER_REQUIRED(Refusal.Kind.INVALID),
    RESIDENT_ID_INVALID(Refusal.Kind.INVALID),
    CREDIT_CODE_INVALID(Refusal.Kind.INVALID),
    /** Art 29(1): a way to reach the applicant; a phone, as every portal asks. */
    PHONE_INVALID(Refusal.Kind.INVALID),
    EMAIL_INVALID(Refusal.Kind.INVALID);

    private final Refusal.Kind kind;

    PublicRefusal(Refusal.Kind kind) {
        this.kind = kind;
    }

    @Override
    public Refusal.Kind kind() {
        return kind;
    }
}
