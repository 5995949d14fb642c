package cn.gov.disclosure.common.problem;

import java.util.List;
import java.util.Optional;

/**
 * A refusal the service gives on purpose. Throwing it rolls back the transaction, so a refused
 * request changes nothing.
 *
 * <p>Besides the API's English detail a refusal may carry its Chinese wording, in the terms of
 * 《政府信息公开条例》, for the web application to show. Both are written where the refusal is
 * made, so they say the same thing; the Chinese never reaches the API's JSON. For a refusal of one
 * field ({@link #invalid(String, String, String)}) the Chinese is that field's message, as the
 * English one is, and the web application names the field itself.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final String chinese;
    private final List<Problem.Violation> violations;

    public ApiProblem(int status, String type, String title, String detail, String chinese,
            List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.chinese = chinese;
        this.violations = violations;
    }

    /** A refusal only the API meets (administration), worded in English alone. */
    public static ApiProblem invalid(String field, String message) {
        return invalid(field, message, null);
    }

    public static ApiProblem invalid(String field, String message, String chinese) {
        return new ApiProblem(400, "/problems/invalid-request", "Invalid request",
                field + ": " + message, chinese, List.of(new Problem.Violation(field, message)));
    }

    public static ApiProblem notFound(String what) {
        return notFound(what, null);
    }

    public static ApiProblem notFound(String what, String chinese) {
        return new ApiProblem(404, "/problems/not-found", "Not found", what, chinese, null);
    }

    public static ApiProblem forbidden(String detail) {
        return forbidden(detail, null);
    }

    public static ApiProblem forbidden(String detail, String chinese) {
        return new ApiProblem(403, "/problems/forbidden", "Forbidden", detail, chinese, null);
    }

    /** The action does not fit the case's (or the service's) current state. */
    public static ApiProblem conflict(String detail) {
        return conflict(detail, null);
    }

    public static ApiProblem conflict(String detail, String chinese) {
        return new ApiProblem(409, "/problems/conflict", "Conflict with the current state", detail, chinese, null);
    }

    /** The Chinese wording, if the refusal has one: of the whole refusal, or of its one field's violation. */
    public Optional<String> chinese() {
        return Optional.ofNullable(chinese);
    }

    public Problem toProblem() {
        return new Problem(type, title, status, getMessage(), violations);
    }
}
