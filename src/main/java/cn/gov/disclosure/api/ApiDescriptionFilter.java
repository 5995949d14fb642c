package cn.gov.disclosure.api;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import cn.gov.disclosure.cases.CaseAction;
import cn.gov.disclosure.common.problem.Problem;
import cn.gov.disclosure.security.Roles;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Completes the description at {@code /q/openapi} with what every operation under {@code /api} has
 * in common, so that a resource states only what is its own (summary, success answer).
 *
 * <p>Quarkus puts the Basic scheme on every operation guarded by {@code @Authenticated} or
 * {@code @RolesAllowed}, with the roles of {@code @RolesAllowed} as the requirement's list (OpenAPI
 * 3.1 allows role names there), and adds bodiless 400, 401 and 403 answers. This filter runs after
 * it, at build time (the document is fixed by then), answers the error statuses with the problem
 * document that {@code ProblemMappers} writes, and repeats the roles in the operation's
 * description, where Swagger UI shows them. The actions on a case check their roles themselves
 * ({@link CaseAction}); their operations get those roles here.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiDescriptionFilter implements OASFilter {

    /** The schema name of {@link Problem}, as its {@code @Schema} names it. */
    static final String PROBLEM = "Problem";

    /** The name Quarkus gives the HTTP Basic scheme. */
    private static final String BASIC = "basicAuth";

    /** The lists' paging parameters, for {@code @Parameter(ref = …)}; the resources read them with these bounds. */
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    /** Where the actions on a case are: the one operation that takes any of them, and the one that previews letters. */
    private static final String APPLICATION = "/api/applications/{id}/";
    private static final String ACTION = APPLICATION + "{action}";
    private static final String PREVIEW = ACTION + "/preview";
    /** The union of the actions' bodies, named only so that each body gets a schema of its own. */
    private static final String ACTION_REQUEST = "CaseActionRequest";
    private static final String PUBLIC = "/api/public/";

    /** One operation and where it sits. */
    private record Endpoint(String path, PathItem.HttpMethod method, Operation operation) {

        boolean hasBody() {
            return operation.getRequestBody() != null;
        }

        boolean namesARecord() {
            return path.contains("{");
        }

        boolean takesInput() {
            return hasBody() || namesARecord()
                    || operation.getParameters() != null && !operation.getParameters().isEmpty();
        }

        boolean changes() {
            return method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
        }

        boolean isSecured() {
            return operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        }

        /** The applicants' operations, open without sign-in. */
        boolean isPublic() {
            return path.startsWith(PUBLIC);
        }
    }

    /** A problem answer, named in the components, and the operations that may give it. */
    private record Answer(String status, String name, String description, Predicate<Endpoint> appliesTo,
            Map<String, Header> headers) {

        Answer(String status, String name, String description, Predicate<Endpoint> appliesTo) {
            this(status, name, description, appliesTo, Map.of());
        }
    }

    private static final List<Answer> ANSWERS = List.of(
            new Answer("400", "InvalidRequest", "Malformed or invalid input: the body is not JSON of the expected"
                    + " shape, or a field or parameter is invalid (each named in `violations`).", Endpoint::takesInput),
            new Answer("401", "Unauthenticated", "No or wrong HTTP Basic credentials.", Endpoint::isSecured,
                    Map.of("WWW-Authenticate", header("`Basic realm=\"disclosure-workflow\"`"))),
            new Answer("403", "Forbidden", "The user's role, or its agency, does not allow this.",
                    Endpoint::isSecured),
            new Answer("404", "NotFound", "Unknown, or another agency's.", Endpoint::namesARecord),
            new Answer("409", "Conflict", "The current state does not allow this (type `/problems/conflict`, or"
                    + " `/problems/calendar-missing` when a period cannot be counted without a year's calendar), or a"
                    + " concurrent action on the same record came first. Nothing was changed.", Endpoint::changes),
            new Answer("415", "UnsupportedMediaType", "The body is not `application/json`.", Endpoint::hasBody),
            new Answer("429", "TooManySignIns", "Too many wrong passwords of late for this user name or client"
                    + " address: no password was checked. Try again after `Retry-After` seconds.", Endpoint::isSecured,
                    Map.of("Retry-After", header("Seconds until the lock ends"))),
            new Answer("429", "TooManyAttempts", "Too many attempts of late from this address, or on this reference:"
                    + " nothing was looked at. Try again after `Retry-After` seconds.", Endpoint::isPublic,
                    Map.of("Retry-After", header("Seconds until the window ends"))),
            new Answer("503", "Unavailable", "The database cannot be reached just now; nothing was changed. Retry"
                    + " after `Retry-After` seconds (a registration with the same `Idempotency-Key`).", e -> true,
                    Map.of("Retry-After", header("Seconds to wait before retrying"))));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (Answer answer : ANSWERS) {
            APIResponse response = OASFactory.createAPIResponse().description(answer.description())
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(PROBLEM))));
            answer.headers().forEach(response::addHeader);
            openAPI.getComponents().addResponse(answer.name(), response);
        }
        openAPI.getComponents()
                .addParameter(PAGE, paging(PAGE, "The page, from 0", 0, null, 0))
                .addParameter(SIZE, paging(SIZE, "Items per page", 1, 200, 20));
        operationsPerAction(openAPI);
        previewsPerAction(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> describe(new Endpoint(path, method, operation)));
            }
        });
    }

    /**
     * The actions on a case, one operation in the code ({@code {action}}), described as the
     * contract lists them: one operation per action, with its summary and body.
     */
    private static void operationsPerAction(OpenAPI openAPI) {
        PathItem generic = openAPI.getPaths().getPathItem(ACTION);
        if (generic == null) {
            return;
        }
        openAPI.getPaths().removePathItem(ACTION);
        openAPI.getComponents().removeSchema(ACTION_REQUEST);
        Operation template = generic.getPOST();
        for (CaseAction action : CaseAction.values()) {
            if (action.requestType() == null) {
                continue;
            }
            Operation taken = OASFactory.createOperation().tags(template.getTags()).summary(action.summary())
                    .description(action.description()).security(template.getSecurity())
                    .responses(copy(template.getResponses()))
                    .requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                            .addMediaType("application/json", OASFactory.createMediaType().schema(
                                    OASFactory.createSchema().ref(action.requestType().getSimpleName())))))
                    .parameters(withoutAction(template));
            openAPI.getPaths().addPathItem(APPLICATION + action.path(), OASFactory.createPathItem().POST(taken));
        }
    }

    private static APIResponses copy(APIResponses answers) {
        APIResponses copied = OASFactory.createAPIResponses();
        answers.getAPIResponses().forEach(copied::addAPIResponse);
        return copied;
    }

    private static List<Parameter> withoutAction(Operation template) {
        return template.getParameters().stream().filter(p -> !"action".equals(p.getName())).toList();
    }

    /**
     * The letter previews, one operation in the code ({@code {action}/preview}), described as the
     * contract lists them: one operation per action that issues a letter, with that action's body.
     */
    private static void previewsPerAction(OpenAPI openAPI) {
        PathItem generic = openAPI.getPaths().getPathItem(PREVIEW);
        if (generic == null) {
            return;
        }
        openAPI.getPaths().removePathItem(PREVIEW);
        Operation template = generic.getPOST();
        for (CaseAction action : CaseAction.values()) {
            if (!action.issuesLetter()) {
                continue;
            }
            Operation taken = openAPI.getPaths().getPathItem(APPLICATION + action.path()).getPOST();
            Operation preview = OASFactory.createOperation().tags(template.getTags()).summary(template.getSummary())
                    .description(template.getDescription()).security(template.getSecurity())
                    .responses(copy(template.getResponses())).requestBody(taken.getRequestBody())
                    .parameters(withoutAction(template));
            openAPI.getPaths().addPathItem(APPLICATION + action.path() + "/preview",
                    OASFactory.createPathItem().POST(preview));
        }
    }

    private static void describe(Endpoint endpoint) {
        Operation operation = endpoint.operation();
        caseAction(endpoint).ifPresent(action -> operation.setSecurity(List.of(OASFactory.createSecurityRequirement()
                .addScheme(BASIC, List.of(action.role(), Roles.ADMIN)))));
        for (Answer answer : ANSWERS) {
            APIResponse existing = operation.getResponses().getAPIResponse(answer.status());
            // Quarkus's own 400/401/403 have no body; an answer a resource describes itself is kept.
            if (answer.appliesTo().test(endpoint) && (existing == null || existing.getContent() == null)) {
                operation.getResponses().addAPIResponse(answer.status(),
                        OASFactory.createAPIResponse().ref(answer.name()));
            }
        }
        // By status, as a reader looks them up (Quarkus adds its own in no particular order).
        operation.getResponses().setAPIResponses(new TreeMap<>(operation.getResponses().getAPIResponses()));
        if (endpoint.isSecured() || endpoint.isPublic()) {
            String roles = endpoint.isPublic() ? "" : roles(operation);
            String sentence = endpoint.isPublic() ? "No sign-in: open to anyone."
                    : "Roles: " + (roles.isEmpty() ? "any signed-in user" : roles) + ".";
            operation.setDescription(operation.getDescription() == null ? sentence
                    : operation.getDescription() + "\n\n" + sentence);
        }
    }

    /**
     * The action on a case an operation takes: its roles are the action's ({@link CaseAction}
     * checks them), not {@code @RolesAllowed}'s. Filing a review and recording its result are
     * {@link CaseAction#REVIEWS}.
     */
    private static Optional<CaseAction> caseAction(Endpoint endpoint) {
        if (endpoint.method() != PathItem.HttpMethod.POST) {
            return Optional.empty();
        }
        if (endpoint.path().equals("/api/reviews/{id}/result")) {
            return Optional.of(CaseAction.REVIEWS);
        }
        if (!endpoint.path().startsWith(APPLICATION)) {
            return Optional.empty();
        }
        // A letter's preview checks the roles of the action it previews.
        return CaseAction.byPath(endpoint.path().substring(APPLICATION.length()).replaceFirst("/preview$", ""));
    }

    /** The roles of the operation's security requirements, as Quarkus took them from {@code @RolesAllowed}. */
    private static String roles(Operation operation) {
        Set<String> roles = new LinkedHashSet<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            requirement.getSchemes().values().forEach(roles::addAll);
        }
        return String.join(", ", roles);
    }

    private static Parameter paging(String name, String description, int minimum, Integer maximum, int fallback) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .minimum(BigDecimal.valueOf(minimum))
                        .maximum(maximum == null ? null : BigDecimal.valueOf(maximum))
                        .defaultValue(fallback));
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
