package cn.gov.disclosure.cases;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies that register an application; the actions' bodies are their own ({@link CaseAction}). */
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
}
