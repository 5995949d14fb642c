package cn.gov.disclosure.common.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem document, as every error of the API is answered. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "An RFC 9457 problem document (application/problem+json): every error of"
        + " the API.", requiredProperties = { "type", "title", "status", "detail" })
public record Problem(
        @Schema(description = "The kind of problem: /problems/invalid-request, /problems/unauthenticated,"
                + " /problems/forbidden, /problems/not-found, /problems/conflict, /problems/calendar-missing,"
                + " /problems/too-many-sign-ins, /problems/too-large, /problems/unsupported-type,"
                + " /problems/unavailable, or /problems/http-{status} for other HTTP errors",
                examples = "/problems/conflict") String type,
        @Schema(description = "The kind's short English title", examples = "Conflict with the current state")
        String title,
        @Schema(description = "The HTTP status", examples = "409") int status,
        @Schema(description = "What went wrong with this request, in English") String detail,
        @Schema(description = "Invalid input only: each invalid field or parameter and why")
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request. */
    public record Violation(
            @Schema(description = "The field's path in the body (applicant.name, items[0]) or the parameter's name")
            String field,
            String message) {
    }
}
