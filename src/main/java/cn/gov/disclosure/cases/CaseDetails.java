package cn.gov.disclosure.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.disclosure.cases.CaseAction.EventType;

/**
 * A case as every view reads it: the API's case view, the case page and the receipt are
 * projections of this, never of the entity. A summary (a list's item) leaves out the applicant's
 * contact details and the history: {@code applicant} then holds only the type and the name, and
 * {@code events} is null.
 *
 * @param receivedOn the legal receipt date; null for an online submission not yet confirmed
 * @param submittedOn the day an online submission was made; null for an application registered by staff
 * @param allowedActions what the reading user may do to the case now, by its state and the user's roles
 */
public record CaseDetails(UUID id, String trackingNumber, String agency, Applicant applicant, Channel channel,
        LocalDate receivedOn, LocalDate submittedOn, String description, DeliveryForm deliveryForm,
        Department department,
        CaseStatus status, LocalDate responseDueOn, ResponseClock clock, boolean overdue, String deadlineProblem,
        boolean extended, Correction correction, Fee fee, Outcome outcome, LocalDate closedOn, String registeredBy,
        List<Event> events, List<CaseAction> allowedActions) {

    /** The applicant; in a summary only the type and the name. */
    public record Applicant(ApplicantType type, String name, String idNumber, String phone, String email,
            String address) {
    }

    public record Department(String code, String name) {
    }

    public record Correction(LocalDate dueOn, boolean received) {
    }

    public record Fee(FeeMethod method, BigDecimal amount, String basis, LocalDate dueOn) {
    }

    /** One entry of the history. */
    public record Event(EventType type, LocalDate on, String by, Instant at, Map<String, Object> details) {
    }

    /** Whether the reading user may take the action named {@code path} now: {@code allows('decision')}. */
    public boolean allows(String path) {
        return allowedActions.stream().anyMatch(action -> action.path().equals(path));
    }
}
