package cn.gov.disclosure.documents;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A document's PDF as printed from its words, with its SHA-256; apart from its row so that lists never read it. */
@Entity
@Immutable
@Table(name = "document_content")
public class DocumentContent extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public UUID documentId;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] pdf;

    public String sha256;
}
