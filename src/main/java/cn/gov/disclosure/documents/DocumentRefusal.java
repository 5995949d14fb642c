package cn.gov.disclosure.documents;

import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.common.Refusal.Kind;

/** Refusals about documents; worded in the bundle as {@code DocumentRefusal.X}. */
public enum DocumentRefusal implements Refusal.Reason {
    NOT_FOUND(Kind.NOT_FOUND),
    /** A preview of a step that issues no letter (of the kind asked for). */
    NO_LETTER(Kind.NOT_FOUND);

    private final Kind kind;

    DocumentRefusal(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
