package cn.gov.disclosure.common.problem;

import java.util.List;

/**
 * A refusal the service gives on purpose. Throwing it rolls back the transaction, so a refused
 * request changes nothing.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.Violation> violations;

    public ApiProblem(int status, String type, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = violations;
    }

    public static ApiProblem invalid(String field, String message) {
        return new ApiProblem(400, "/problems/invalid-request", "Invalid request",
                field + ": " + message, List.of(new Problem.Violation(field, message)));
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(404, "/problems/not-found", "Not found", what, null);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "/problems/forbidden", "Forbidden", detail, null);
    }

    /** The action does not fit the case's (or the service's) current state. */
    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "/problems/conflict", "Conflict with the current state", detail, null);
    }

    public Problem toProblem() {
        return new Problem(type, title, status, getMessage(), violations);
    }
}
