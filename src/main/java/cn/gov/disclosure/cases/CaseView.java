package cn.gov.disclosure.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.gov.disclosure.cases.CaseAction.EventType;

/** A case as the API shows it; lists leave out the applicant's details and the history. */
public record CaseView(String id,
        @Schema(description = "AGENCY-YEAR-00001: numbered per agency and year of receipt") String trackingNumber,
        String agency, ApplicantView applicant, Channel channel,
        @Schema(description = "The legal receipt date; null while an online submission awaits confirmation")
        LocalDate receivedOn,
        @Schema(description = "The day an online submission was made; absent for applications registered by staff")
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate submittedOn,
        String description,
        DeliveryForm deliveryForm, String department, CaseStatus status,
        @Schema(description = "The last day of the response period; null while a correction is awaited or the"
                + " clock is paused, or when a year's calendar is missing (see deadlineProblem)")
        LocalDate responseDueOn,
        ResponseClock clock,
        @Schema(description = "Open, clock running, and today is after responseDueOn") boolean overdue,
        @Schema(description = "Why responseDueOn cannot be counted (a year's calendar missing), else null")
        String deadlineProblem,
        @Schema(description = "The response period was extended (once per case)") boolean extended,
        CorrectionView correction, FeeView fee, Outcome outcome, LocalDate closedOn,
        @Schema(description = "The history, oldest first; in the full view only")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<EventView> events,
        @Schema(description = "The actions (their names in the address, and `reviews` for filing a review) that the"
                + " signed-in user may take on this case now, by its state and the user's role; any other is"
                + " refused") List<String> allowedActions) {

    /** The read model as the API shows it; a summary leaves out the applicant's contact details and the history. */
    public static CaseView of(CaseDetails c) {
        CaseDetails.Applicant a = c.applicant();
        return new CaseView(c.id().toString(), c.trackingNumber(), c.agency(),
                new ApplicantView(a.type(), a.name(), a.idNumber(), a.phone(), a.email(), a.address()), c.channel(),
                c.receivedOn(), c.submittedOn(), c.description(), c.deliveryForm(),
                c.department() == null ? null : c.department().code(), c.status(), c.responseDueOn(), c.clock(),
                c.overdue(), c.deadlineProblem(), c.extended(),
                c.correction() == null ? null : new CorrectionView(c.correction().dueOn(), c.correction().received()),
                c.fee() == null ? null : new FeeView(c.fee().method(), c.fee().amount(), c.fee().basis(), c.fee().dueOn()),
                c.outcome(), c.closedOn(),
                c.events() == null ? null : c.events().stream()
                        .map(e -> new EventView(e.type().name(), e.on(), e.by(), e.at(), e.details())).toList(),
                c.allowedActions().stream().map(CaseAction::path).toList());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApplicantView(ApplicantType type, String name, String idNumber, String phone, String email,
            String address) {
    }

    public record CorrectionView(LocalDate dueOn, boolean received) {
    }

    public record FeeView(FeeMethod method, BigDecimal amount, String basis, LocalDate dueOn) {
    }

    public record EventView(@Schema(implementation = EventType.class, type = SchemaType.STRING) String type,
            @Schema(description = "The business date") LocalDate on,
            @Schema(description = "The user who keyed it in") String by,
            @Schema(description = "When it was keyed in") Instant at,
            @Schema(description = "What the event recorded, by type (department, outcome, fee, …)")
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> details) {
    }
}
