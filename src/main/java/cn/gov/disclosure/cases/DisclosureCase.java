package cn.gov.disclosure.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;

/**
 * One application (件) and its current state. The state is a projection kept in step with the
 * event history and the process instance, so that lists and statistics are plain indexed SQL.
 */
@Entity
@Table(name = "disclosure_case")
public class DisclosureCase extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public int version;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "tracking_number")
    public String trackingNumber;

    /** The office's own number for a case taken over from its ledger (登记编号); null for the others. */
    @Column(name = "ledger_number")
    public String ledgerNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type")
    public ApplicantType applicantType;

    @Column(name = "applicant_name")
    public String applicantName;

    @Column(name = "applicant_id_number")
    public String applicantIdNumber;

    @Column(name = "applicant_phone")
    public String applicantPhone;

    @Column(name = "applicant_email")
    public String applicantEmail;

    @Column(name = "applicant_address")
    public String applicantAddress;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    /** The legal receipt date (Art 31); a correction restarts the clock but never changes this. */
    @Column(name = "received_on")
    public LocalDate receivedOn;

    /** An online submission's day; its receipt date is the day the agency confirms it (Art 31(3)). */
    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    /** What the applicant of an online submission quotes, with the query code, to follow it. */
    public String reference;

    /** The query code's SHA-256; the code itself is shown to the applicant once and kept nowhere. */
    @Column(name = "query_code_hash")
    public byte[] queryCodeHash;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_form")
    public DeliveryForm deliveryForm;

    @Column(name = "department_id")
    public Long departmentId;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    public ResponseClock clock;

    @Column(name = "response_due_on")
    public LocalDate responseDueOn;

    /** Why no due date can be given (a year whose calendar is not loaded), else null. */
    @Column(name = "deadline_problem")
    public String deadlineProblem;

    public boolean extended;

    @Column(name = "correction_requested")
    public boolean correctionRequested;

    public boolean corrected;

    @Column(name = "correction_due_on")
    public LocalDate correctionDueOn;

    /** The status a pending correction returns the case to. */
    @Enumerated(EnumType.STRING)
    @Column(name = "return_status")
    public CaseStatus returnStatus;

    @Column(name = "consultation_ends_on")
    public LocalDate consultationEndsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_method")
    public FeeMethod feeMethod;

    @Column(name = "fee_amount")
    public BigDecimal feeAmount;

    @Column(name = "fee_basis")
    public String feeBasis;

    @Column(name = "fee_due_on")
    public LocalDate feeDueOn;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    /** The business date of the latest event: a new action may not be dated earlier. */
    @Column(name = "last_event_on")
    public LocalDate lastEventOn;

    @Column(name = "process_instance_id")
    public String processInstanceId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** Overdue: the clock runs (so the case is open) and the due date lies before {@code :today}. */
    static final String OVERDUE = "clock = :running and responseDueOn < :today";

    /** {@link #OVERDUE} for this case: open with its clock running, and due before {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return clock == ResponseClock.RUNNING && responseDueOn != null && responseDueOn.isBefore(today);
    }

    public static long countOverdue(LocalDate today) {
        return count(OVERDUE, Parameters.with("running", ResponseClock.RUNNING).and("today", today));
    }
}
