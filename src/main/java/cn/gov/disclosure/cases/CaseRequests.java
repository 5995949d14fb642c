package cn.gov.disclosure.cases;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the case endpoints. {@code on} is the business date; it defaults to today. */
public final class CaseRequests {

    private CaseRequests() {
    }

    public record Applicant(@NotNull ApplicantType type, @NotBlank @Size(max = 200) String name,
            @Size(max = 64) String idNumber, @Size(max = 64) String phone, @Size(max = 200) String email,
            @Size(max = 500) String address) {
    }

    public record Registration(
            @Schema(description = "The receiving agency; an admin must name it, other users register for their own")
            @Pattern(regexp = "[A-Za-z0-9_-]{1,32}") String agency,
            @NotNull @Valid Applicant applicant, @NotNull Channel channel, LocalDate receivedOn,
            @NotBlank @Size(max = 10000) String description, DeliveryForm deliveryForm) {
    }

    /** An application submitted online: the staff registration's, for a named agency, received only on confirmation. */
    public record Submission(
            @Schema(description = "The agency applied to")
            @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,32}") String agency,
            @NotNull @Valid Applicant applicant, @NotBlank @Size(max = 10000) String description,
            DeliveryForm deliveryForm) {
    }

    public record Rejection(LocalDate on,
            @Schema(description = "Why the submission is no application; the applicant sees it")
            @NotBlank @Size(max = 2000) String reason) {
    }

    public record Acceptance(LocalDate on, @NotBlank @Size(max = 32) String department) {
    }

    /**
     * At most ten items of 1,000 characters: all of them travel in one field of the web form, which
     * takes as much as the longest field, the description.
     */
    public record CorrectionRequest(LocalDate on,
            @Schema(description = "What the applicant must correct or add, all at once (一次性告知)")
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 1000) String> items,
            @Schema(description = "The correction period's last day; left out, a configured number of working days"
                    + " after on")
            LocalDate dueOn) {
    }

    public record Dated(LocalDate on) {
    }

    public record ThirdPartyConsultation(LocalDate on, @NotBlank @Size(max = 500) String party) {
    }

    public record ThirdPartyReply(LocalDate on,
            @Schema(description = "Whether the third party consents to disclosure; left out if it did not say")
            Boolean consents) {
    }

    public record Extension(LocalDate on, @NotBlank @Size(max = 2000) String reason) {
    }

    public record FeeNotice(LocalDate on, @NotNull FeeMethod method,
            @Schema(description = "PER_VOLUME (按量计收): the number of pages") @Min(0) Integer pages) {
    }

    /** What the decision's letter prints beyond its outcome's wording (CONTRACT "Documents"). */
    public record Decision(LocalDate on, @NotNull Outcome outcome,
            @Schema(description = "The provision of the Regulations relied on, e.g. 第十六条第一款; left out, the"
                    + " letter cites the outcome's usual article")
            @Size(max = 500) String basis,
            @Schema(description = "An internal note, kept in the history; no letter prints it")
            @Size(max = 5000) String note,
            @Schema(description = "The reasons the letter gives, e.g. each withheld part and why")
            @Size(max = 5000) String reasons,
            @Schema(description = "UNAVAILABLE_NOT_HELD: the agency that holds the information")
            @Valid Referral referral,
            @Schema(description = "NOT_PROCESSED_REPEAT: the earlier answer to the same request")
            @Valid EarlierReply earlierReply,
            @Schema(description = "Where published information can be found (an address, a web page)")
            @Size(max = 500) String location) {
    }

    public record Referral(@NotBlank @Size(max = 200) String agency, @Size(max = 200) String contact) {
    }

    public record EarlierReply(@NotBlank @Size(max = 100) String number, @NotNull LocalDate on) {
    }

    public record OutcomeCorrection(LocalDate on, @NotNull Outcome outcome, @NotBlank @Size(max = 2000) String reason) {
    }
}
