package cn.gov.disclosure.attachment;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An attachment as the API and the case page show it; its bytes are read apart. */
@Schema(name = "Attachment")
public record AttachmentView(UUID id, UUID caseId,
        @Schema(description = "The file's name as uploaded, without path parts or control characters; the"
                + " extension of its type is added where its own disagrees") String name,
        Attachment.Kind kind,
        @Schema(description = "Judged from the content, whatever the name or the uploader said") String contentType,
        @Schema(description = "In bytes") long size,
        @Schema(description = "SHA-256 of the bytes, lower-case hex") String sha256, String note,
        String uploadedBy, Instant uploadedAt) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id, a.caseId, a.name, a.kind, a.contentType, a.size, a.sha256, a.note,
                a.uploadedBy, a.uploadedAt);
    }
}
