package cn.gov.disclosure.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A letter issued: numbered, with its words as issued. Never changed (the table refuses it). */
@Entity
@Immutable
public class Document extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "agency_code")
    public String agencyCode;

    @Enumerated(EnumType.STRING)
    public DocumentKind kind;

    public int year;

    /** Its place in the agency's series for the kind and year: 1, 2, 3… with no gap. */
    public int sequence;

    public String number;

    public String title;

    /** To whom it is addressed: the applicant, or the third party consulted. */
    public String recipient;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    /** The history entry of the step that issued it. */
    @Column(name = "event_id")
    public Long eventId;

    /** The version of the letters' wording it was worded with. */
    @Column(name = "template_version")
    public String templateVersion;

    /**
     * The letter as worded and numbered at issue, from which its PDF is printed just after the step
     * commits ({@link LetterPrints}); null for letters printed inside their step before the words were kept.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    public Letter words;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "issued_by")
    public String issuedBy;

    public static List<Document> ofCase(UUID caseId) {
        return list("caseId = ?1 order by issuedAt, kind", caseId);
    }
}
