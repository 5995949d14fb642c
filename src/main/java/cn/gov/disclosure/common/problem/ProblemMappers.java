package cn.gov.disclosure.common.problem;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import cn.gov.disclosure.common.CommonRefusal;
import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.common.Wording;
import cn.gov.disclosure.security.SignInThrottledException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/** Answers every failure as {@code application/problem+json}; nothing leaks class names or stack traces. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** A class named with its package, nested classes joined by {@code $}: the simple name is group 1. */
    private static final Pattern QUALIFIED_NAME =
            Pattern.compile("(?:[a-z][a-z0-9_]*\\.)+(?:[A-Z][A-Za-z0-9_]*\\$)*([A-Z][A-Za-z0-9_]*)");
    /** The class of a cause Jackson names in parentheses: {@code (java.time.format.DateTimeParseException) }. */
    private static final Pattern CAUSE = Pattern.compile("\\((?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*\\) ");

    /** How long a client waits before repeating what a server out of reach refused. */
    private static final String RETRY_AFTER_SECONDS = "5";

    /** PostgreSQL states that mean "another transaction got there first". */
    private static final Set<String> CONCURRENCY_STATES = Set.of("40001", "40P01", "55P03", "23505");
    /** admin_shutdown, crash_shutdown, cannot_connect_now. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

    @ServerExceptionMapper
    public Response refusal(Refusal e) {
        Response answer = respond(problemOf(e));
        return switch (e.kind()) {
            case UNAVAILABLE -> Response.fromResponse(answer).header("Retry-After", RETRY_AFTER_SECONDS).build();
            case TOO_MANY -> Response.fromResponse(answer).header("Retry-After", e.args().get("seconds")).build();
            default -> answer;
        };
    }

    /** How the API answers a kind of refusal: the status, the problem type and its title. */
    private record Answer(int status, String type, String title) {
    }

    /** A file beyond its limit, or a body too large to be read at all: the same problem to the client. */
    private static final Answer TOO_LARGE = new Answer(413, "/problems/too-large", "Too large");

    private static Answer answerTo(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> new Answer(400, "/problems/invalid-request", "Invalid request");
            case NOT_FOUND -> new Answer(404, "/problems/not-found", "Not found");
            case FORBIDDEN -> new Answer(403, "/problems/forbidden", "Forbidden");
            case CONFLICT -> new Answer(409, "/problems/conflict", "Conflict with the current state");
            case CALENDAR_MISSING -> new Answer(409, "/problems/calendar-missing", "Working-day calendar missing");
            case TOO_LARGE -> TOO_LARGE;
            case UNSUPPORTED_TYPE -> new Answer(415, "/problems/unsupported-type", "Type not accepted");
            case UNAVAILABLE -> new Answer(503, "/problems/unavailable", "Service unavailable");
            case TOO_MANY -> new Answer(429, "/problems/too-many-attempts", "Too many attempts");
        };
    }

    /** A refusal as the API answers it: its kind gives the status, the English wording the detail. */
    public static Problem problemOf(Refusal refusal) {
        String message = Wording.english(refusal);
        Answer answer = answerTo(refusal.kind());
        return new Problem(answer.type(), answer.title(), answer.status(),
                refusal.field().map(field -> field + ": " + message).orElse(message),
                refusal.field().map(field -> List.of(new Problem.Violation(field, message))).orElse(null));
    }

    /** The HTTP status of a kind of refusal, for the API and the pages alike. */
    public static int statusOf(Refusal.Kind kind) {
        return answerTo(kind).status();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new Problem.Violation(fieldOf(v), v.getMessage()));
        }
        violations.sort((a, b) -> a.field().compareTo(b.field()));
        return respond(new Problem("/problems/invalid-request", "Invalid request", 400,
                "The request has " + violations.size() + " invalid field(s)", violations));
    }

    /** Wrong types and unknown enum values; declared apart because the JSON extension maps this type itself. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? pathOf(m) : null;
        String message = withoutCodeNames(e.getOriginalMessage());
        if (message != null && message.length() > 300) {
            message = message.substring(0, 300);
        }
        return respond(new Problem("/problems/invalid-request", "Invalid request", 400,
                field == null ? "The body is not valid JSON: " + message : field + ": " + message,
                field == null ? null : List.of(new Problem.Violation(field, message))));
    }

    /**
     * A form whose body ended before the form did (a multipart form cut off, a part's headers
     * never closed): the request is at fault, not the service. Any other failure to read or
     * write is the fault it is.
     */
    @ServerExceptionMapper
    public Response unreadableForm(IOException e, HttpServerRequest request) {
        if (!isForm(request)) {
            return unexpected(e);
        }
        return respond(new Problem("/problems/invalid-request", "Invalid request", 400,
                "The body is not a complete form of its content type", null));
    }

    /** Whether a request says it carries a form: multipart or URL-encoded. */
    public static boolean isForm(HttpServerRequest request) {
        String type = request.getHeader("Content-Type");
        return type != null && (type.regionMatches(true, 0, "multipart/form-data", 0, 19)
                || type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return challenge();
    }

    /** Wrong credentials (authentication is lazy, so the failure reaches the REST layer). */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return SignInThrottledException.in(e).map(ProblemMappers::throttled).orElseGet(ProblemMappers::challenge);
    }

    /** Too many failed sign-ins of late for this user or address: no password was checked. */
    private static Response throttled(SignInThrottledException e) {
        return Response.fromResponse(respond(new Problem("/problems/too-many-sign-ins", "Too many sign-in attempts",
                429, "Too many failed sign-ins for this user or address; try again in " + e.retryAfterSeconds()
                        + " seconds",
                null))).header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(new Problem("/problems/forbidden", "Forbidden", 403,
                "Your role does not allow this action", null));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        if (status == TOO_LARGE.status()) {
            return tooLarge("The request body is larger than the service takes");
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return respond(new Problem("/problems/http-" + status, title, status, e.getMessage(), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        Optional<Refusal> refusal = refusalIn(e);
        if (refusal.isPresent()) {
            return refusal(refusal.get());
        }
        for (Throwable t : causes(e)) {
            if (isDatabaseUnavailable(t)) {
                LOG.warn("The database is unavailable: " + t.getMessage());
                // A failed commit may still have reached the database: the client retries, and an
                // Idempotency-Key makes a repeated registration return the case stored the first time.
                return Response.fromResponse(respond(new Problem("/problems/unavailable", "Service unavailable", 503,
                        "The database cannot be reached just now. Try again shortly; repeat a registration with the"
                                + " same Idempotency-Key.",
                        null))).header("Retry-After", RETRY_AFTER_SECONDS).build();
            }
        }
        LOG.error("Unexpected failure", e);
        return respond(new Problem("/problems/internal", "Internal error", 500,
                "The service failed unexpectedly; the request was not carried out", null));
    }

    /**
     * The refusal a failure amounts to: a {@link Refusal} among its causes, or a lost race (found
     * at commit, after the service returned). Empty for a fault.
     */
    public static Optional<Refusal> refusalIn(Throwable e) {
        for (Throwable t : causes(e)) {
            if (t instanceof Refusal r) {
                return Optional.of(r);
            }
            if (isLostRace(t)) {
                return Optional.of(Refusal.of(CommonRefusal.LOST_RACE));
            }
        }
        return Optional.empty();
    }

    /**
     * The exception, its causes, and what was suppressed along the way: a failed commit reports the
     * database's own error as a suppressed exception of the transaction manager's.
     */
    private static List<Throwable> causes(Throwable e) {
        List<Throwable> all = new ArrayList<>();
        ArrayDeque<Throwable> pending = new ArrayDeque<>(List.of(e));
        while (!pending.isEmpty() && all.size() < 100) {
            Throwable t = pending.poll();
            if (t == null || all.contains(t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            pending.addAll(List.of(t.getSuppressed()));
        }
        return all;
    }

    static boolean isLostRace(Throwable t) {
        return t instanceof OptimisticLockException || t instanceof PessimisticLockException
                || t instanceof LockTimeoutException || t instanceof StaleStateException
                || t instanceof ConcurrentChangeException
                || (t instanceof SQLException sql && sql.getSQLState() != null
                        && CONCURRENCY_STATES.contains(sql.getSQLState()));
    }

    /**
     * The database is down, restarting or out of reach: PostgreSQL's connection-exception class
     * (08), an administrator or crash shutdown (57P01–57P03), or no pooled connection to be had.
     */
    static boolean isDatabaseUnavailable(Throwable t) {
        if (!(t instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        return (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)))
                || (state == null && sql.getMessage() != null && sql.getMessage().contains("acquisition timeout"));
    }

    private static Response challenge() {
        return Response.fromResponse(respond(new Problem("/problems/unauthenticated", "Not authenticated", 401,
                "Sign in with HTTP Basic authentication", null)))
                .header("WWW-Authenticate", "Basic realm=\"disclosure-workflow\"").build();
    }

    /** A request larger than the service takes, refused before or while it was read. */
    public static Problem tooLargeProblem(String detail) {
        return new Problem(TOO_LARGE.type(), TOO_LARGE.title(), TOO_LARGE.status(), detail, null);
    }

    private static Response tooLarge(String detail) {
        return respond(tooLargeProblem(detail));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * Jackson's message in the API's terms: a type by its simple name ({@code LocalDate},
     * {@code Outcome}), and no exception's class; the code's packages are nobody's business.
     */
    private static String withoutCodeNames(String message) {
        return message == null ? null : QUALIFIED_NAME.matcher(CAUSE.matcher(message).replaceAll("")).replaceAll("$1");
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // "register.request.applicant.name" -> "applicant.name": drop the method and parameter.
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
