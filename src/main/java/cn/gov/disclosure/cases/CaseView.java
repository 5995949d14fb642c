package cn.gov.disclosure.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A case as the API shows it; lists leave out the applicant's details and the history. */
public record CaseView(String id,
        @Schema(description = "AGENCY-YEAR-00001: numbered per agency and year of receipt") String trackingNumber,
        String agency, ApplicantView applicant, Channel channel, LocalDate receivedOn, String description,
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
        @JsonInclude(JsonInclude.Include.NON_NULL) List<EventView> events) {

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
