package cn.gov.disclosure.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A case as the API shows it; lists leave out the applicant's details and the history. */
public record CaseView(String id, String trackingNumber, String agency, ApplicantView applicant, Channel channel,
        LocalDate receivedOn, String description, DeliveryForm deliveryForm, String department, CaseStatus status,
        LocalDate responseDueOn, ResponseClock clock, boolean overdue, String deadlineProblem, boolean extended,
        CorrectionView correction, FeeView fee, Outcome outcome, LocalDate closedOn,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<EventView> events) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApplicantView(ApplicantType type, String name, String idNumber, String phone, String email,
            String address) {
    }

    public record CorrectionView(LocalDate dueOn, boolean received) {
    }

    public record FeeView(FeeMethod method, BigDecimal amount, String basis, LocalDate dueOn) {
    }

    public record EventView(String type, LocalDate on, String by, Instant at,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> details) {
    }
}
