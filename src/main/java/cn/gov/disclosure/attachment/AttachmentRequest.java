package cn.gov.disclosure.attachment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an upload says of its file: the kind of paper, and a note. */
public record AttachmentRequest(@NotNull Attachment.Kind kind, @Size(max = AttachmentRequest.MAX_NOTE) String note) {

    public static final int MAX_NOTE = 1000;
}
