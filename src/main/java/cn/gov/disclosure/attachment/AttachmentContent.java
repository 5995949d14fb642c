package cn.gov.disclosure.attachment;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The bytes of an attachment, in a table of their own so that listing a case's papers never reads
 * them. Kept as {@code bytea} ({@code VARBINARY}): a {@code @Lob} would be a large object that
 * PostgreSQL does not remove with its row.
 */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent extends PanacheEntityBase {

    @Id
    @Column(name = "attachment_id")
    public UUID attachmentId;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] bytes;
}
