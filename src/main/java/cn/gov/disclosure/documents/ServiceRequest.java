package cn.gov.disclosure.documents;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/documents/{id}/service} (CONTRACT "Service (送达)"). */
public record ServiceRequest(
        @Schema(description = "EMAIL sends the PDF as issued to the applicant's e-mail address") @NotNull ServiceMethod method,
        @Schema(description = "Handed over, posted (交邮之日) or sent; defaults to today; not before the letter's date,"
                + " not in the future; for EMAIL today") LocalDate on,
        @Schema(description = "The postal tracking number: required for POST, refused for the other methods")
        @Size(max = 64) String trackingNumber,
        @Schema(description = "Signed for (签收之日): not before on, not in the future") LocalDate receivedOn,
        @Schema(description = "Who signed for it") @Size(max = 200) String signer) {
}
