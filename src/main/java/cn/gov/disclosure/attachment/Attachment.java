package cn.gov.disclosure.attachment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A paper received for an application, as it came: its description; the bytes are {@link AttachmentContent}. */
@Entity
public class Attachment extends PanacheEntityBase {

    /** What the paper is (收到的材料的类别). */
    @Schema(name = "AttachmentKind")
    public enum Kind {
        /** 政府信息公开申请表 */
        APPLICATION_FORM,
        /** 身份证明 */
        IDENTITY,
        /** 补正材料 */
        CORRECTION,
        /** 第三方意见 */
        THIRD_PARTY_REPLY,
        /** 送达凭证 */
        PROOF_OF_SERVICE,
        OTHER
    }

    @Id
    public UUID id;

    /** The order of upload; the database numbers the rows. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "case_id")
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    /** The client's name for the file, cleaned ({@link FileNames#clean}). */
    public String name;

    /** Judged from the bytes ({@link ContentJudge}). */
    @Column(name = "content_type")
    public String contentType;

    public long size;

    /** The SHA-256 of the bytes, in lower-case hex. */
    public String sha256;

    public String note;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;
}
