package cn.gov.disclosure.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An administrative reconsideration (行政复议) or lawsuit (行政诉讼) over an application: section 四. */
@Entity
public class Review extends PanacheEntityBase {

    @Schema(name = "ReviewKind")
    public enum Kind {
        RECONSIDERATION,
        LITIGATION
    }

    /** 结果维持, 结果纠正, 其他结果; no result yet means 尚未审结. */
    @Schema(name = "ReviewResult")
    public enum Result {
        MAINTAINED,
        CORRECTED,
        OTHER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "agency_code")
    public String agencyCode;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    /** For a lawsuit: filed after a reconsideration (复议后起诉) rather than directly. */
    @Column(name = "after_reconsideration")
    public boolean afterReconsideration;

    @Column(name = "filed_on")
    public LocalDate filedOn;

    @Enumerated(EnumType.STRING)
    public Result result;

    @Column(name = "concluded_on")
    public LocalDate concludedOn;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
