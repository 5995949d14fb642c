package cn.gov.disclosure.attachment;

import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.common.Refusal.Kind;

/** Why an upload or a download is refused; worded in the bundle as {@code AttachmentRefusal.X}. */
public enum AttachmentRefusal implements Refusal.Reason {
    NOT_FOUND(Kind.NOT_FOUND),
    ROLE(Kind.FORBIDDEN),
    FILE_REQUIRED(Kind.INVALID),
    EMPTY_FILE(Kind.INVALID),
    NOT_STORABLE(Kind.INVALID),
    TOO_LARGE(Kind.TOO_LARGE),
    TYPE_NOT_ACCEPTED(Kind.UNSUPPORTED_TYPE);

    private final Kind kind;

    AttachmentRefusal(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
