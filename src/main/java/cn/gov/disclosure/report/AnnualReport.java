package cn.gov.disclosure.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What one agency keyed in for one year's annual report, and who changed it last and when. */
@Entity
@Table(name = "annual_report")
@IdClass(AnnualReport.Key.class)
public class AnnualReport extends PanacheEntityBase {

    /** An agency's report of a year. */
    public record Key(String agencyCode, Integer year) implements Serializable {

        /** For the persistence provider. */
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "agency_code")
    public String agencyCode;

    @Id
    public Integer year;

    public String overview;
    public String problems;
    public String other;

    @Column(name = "regulations_issued")
    public Integer regulationsIssued;
    @Column(name = "regulations_repealed")
    public Integer regulationsRepealed;
    @Column(name = "regulations_in_force")
    public Integer regulationsInForce;
    @Column(name = "normative_issued")
    public Integer normativeIssued;
    @Column(name = "normative_repealed")
    public Integer normativeRepealed;
    @Column(name = "normative_in_force")
    public Integer normativeInForce;
    public Integer licensing;
    public Integer penalties;
    public Integer enforcement;
    @Column(name = "fees_ten_thousand_yuan")
    public BigDecimal feesTenThousandYuan;

    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public Instant changedAt;

    ReportTexts texts() {
        return new ReportTexts(overview, new ProactiveFigures(
                new ProactiveFigures.DocumentCounts(regulationsIssued, regulationsRepealed, regulationsInForce),
                new ProactiveFigures.DocumentCounts(normativeIssued, normativeRepealed, normativeInForce),
                licensing, penalties, enforcement, feesTenThousandYuan), problems, other);
    }

    void take(ReportTexts texts) {
        overview = texts.overview();
        problems = texts.problems();
        other = texts.other();
        ProactiveFigures figures = texts.proactive();
        regulationsIssued = figures.regulations().issued();
        regulationsRepealed = figures.regulations().repealed();
        regulationsInForce = figures.regulations().inForce();
        normativeIssued = figures.normativeDocuments().issued();
        normativeRepealed = figures.normativeDocuments().repealed();
        normativeInForce = figures.normativeDocuments().inForce();
        licensing = figures.licensing();
        penalties = figures.penalties();
        enforcement = figures.enforcement();
        feesTenThousandYuan = figures.feesTenThousandYuan();
    }
}
