package cn.gov.disclosure.applicants;

import cn.gov.disclosure.common.Refusal;

/** Why a public page refuses a request; worded in the bundle under {@code PublicRefusal.*}. */
public enum PublicRefusal implements Refusal.Reason {
    /** An unknown reference and a wrong code answer alike: nobody learns which references exist. */
    NO_SUCH_PAIR(Refusal.Kind.NOT_FOUND),
    TOO_MANY_ATTEMPTS(Refusal.Kind.TOO_MANY);

    private final Refusal.Kind kind;

    PublicRefusal(Refusal.Kind kind) {
        this.kind = kind;
    }

    @Override
    public Refusal.Kind kind() {
        return kind;
    }
}
