package cn.gov.disclosure.api;

import static cn.gov.disclosure.support.Api.as;
import static io.restassured.RestAssured.given;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.disclosure.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The API describes itself at {@code /q/openapi}: every operation of CONTRACT.md that the service
 * serves and the service's own additions, each with HTTP Basic, the roles that may call it and its
 * problem answers; the web pages are left out, and Swagger UI is served.
 */
@QuarkusTest
class ApiDescriptionTest {

    /** The roles of an operation any signed-in user may call. */
    static final String ANY_USER = "";
    /** The applicants' operations: no sign-in, no roles. */
    static final String NO_SIGN_IN = "no sign-in";

    /** CONTRACT.md "Running the packaged service": the readiness probe, open to anyone. */
    static final String READINESS = "GET /q/health/ready";

    /**
     * Every operation under /api of CONTRACT.md that the service serves, by its headings and
     * tables, with the roles the description must name (the contract's, and admin, who may do
     * everything).
     */
    static final Map<String, String> CONTRACT = Map.ofEntries(
            // Agencies and users
            entry("POST /api/agencies", "admin"),
            entry("GET /api/agencies", ANY_USER),
            entry("POST /api/agencies/{code}/departments", "admin"),
            entry("POST /api/users", "admin"),
            // Applications
            entry("POST /api/applications", "clerk, admin"),
            entry("GET /api/applications/{id}", ANY_USER),
            entry("GET /api/applications", ANY_USER),
            // Applications: actions
            entry("POST /api/applications/{id}/acceptance", "clerk, admin"),
            entry("POST /api/applications/{id}/correction-request", "clerk, admin"),
            entry("POST /api/applications/{id}/correction", "clerk, admin"),
            entry("POST /api/applications/{id}/third-party-consultation", "handler, admin"),
            entry("POST /api/applications/{id}/third-party-reply", "handler, admin"),
            entry("POST /api/applications/{id}/extension", "office, admin"),
            entry("POST /api/applications/{id}/fee-notice", "office, admin"),
            entry("POST /api/applications/{id}/fee-payment", "office, admin"),
            entry("POST /api/applications/{id}/decision", "handler, admin"),
            entry("POST /api/applications/{id}/withdrawal", "clerk, admin"),
            // Administrative reconsideration and litigation
            entry("POST /api/applications/{id}/reviews", "office, admin"),
            entry("POST /api/reviews/{id}/result", "office, admin"),
            // The case file: attachments
            entry("POST /api/applications/{id}/attachments", "clerk, handler, office, admin"),
            entry("GET /api/applications/{id}/attachments", ANY_USER),
            entry("GET /api/attachments/{id}", ANY_USER),
            // Working-day calendar
            entry("GET /api/calendar/{year}", ANY_USER),
            entry("PUT /api/calendar/{year}", "admin"),
            // Annual statistics
            entry("GET /api/statistics/{year}", "office, admin"),
            entry("GET /api/statistics/{year}/table.csv", "office, admin"),
            entry("GET /api/statistics/{year}/table.xlsx", "office, admin"),
            entry("GET /api/statistics/{year}/table.html", "office, admin"),
            entry("GET /api/statistics/{year}/cases", "office, admin"),
            // The case file: the agency profile and the letters
            entry("PUT /api/agencies/{code}/profile", "office, admin"),
            entry("GET /api/agencies/{code}/profile", ANY_USER),
            entry("GET /api/applications/{id}/documents", ANY_USER),
            entry("GET /api/documents/{id}/pdf", ANY_USER),
            entry("POST /api/documents/{id}/service", "clerk, handler, office, admin"),
            entry("GET /api/documents/{id}/service-receipt", ANY_USER),
            entry("POST /api/applications/{id}/correction-request/preview", "clerk, admin"),
            entry("POST /api/applications/{id}/extension/preview", "office, admin"),
            entry("POST /api/applications/{id}/third-party-consultation/preview", "handler, admin"),
            entry("POST /api/applications/{id}/fee-notice/preview", "office, admin"),
            entry("POST /api/applications/{id}/decision/preview", "handler, admin"),
            entry("GET /api/applications/{id}/file.zip", ANY_USER),
            // Taking over existing records: the ledger
            entry("GET /api/imports/template.xlsx", "office, admin"),
            entry("POST /api/imports", "office, admin"),
            entry("GET /api/applications/ledger.xlsx", "office, admin"),
            entry("GET /api/applications/ledger.csv", "office, admin"),
            entry("PUT /api/statistics/{year}/published-figures", "office, admin"),
            // Applicants (public, no sign-in)
            entry("POST /api/public/applications", NO_SIGN_IN),
            entry("POST /api/applications/{id}/confirmation", "clerk, admin"),
            entry("POST /api/applications/{id}/rejection", "clerk, admin"),
            entry("POST /api/public/status", NO_SIGN_IN),
            entry("POST /api/public/documents/{number}", NO_SIGN_IN),
            // The whole annual report
            entry("PUT /api/reports/{year}", "office, admin"),
            entry("GET /api/reports/{year}", "office, admin"),
            entry("GET /api/reports/{year}/report.docx", "office, admin"),
            entry("GET /api/reports/{year}/report.html", "office, admin"),
            entry("GET /api/reports/{year}/report.pdf", "office, admin"));

    /** The service's own operations under /api, beyond the contract, with their roles. */
    static final Map<String, String> ADDITIONS = Map.ofEntries(
            entry("GET /api/agencies/{code}/departments", ANY_USER),
            entry("GET /api/users/me", ANY_USER),
            entry("POST /api/applications/{id}/outcome-correction", "office, admin"),
            entry("GET /api/applications/{id}/reviews", ANY_USER),
            entry("GET /api/reviews/{id}", ANY_USER),
            entry("POST /api/statistics/{year}/publication", "office, admin"),
            entry("GET /api/statistics/{year}/publication", "office, admin"));

    JsonNode document;

    @BeforeEach
    void readTheDescription() throws Exception {
        document = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .contentType("application/json").extract().asString());
    }

    @Test
    void everyOperationOfTheContractThatIsServedIsDescribed() {
        assertThat(operations().keySet()).contains(READINESS).containsAll(CONTRACT.keySet());
        assertThat(operations().get(READINESS).has("security")).isFalse();
    }

    @Test
    void theApiIsTheContractAndTheDeclaredAdditionsAndNoWebPage() {
        Set<String> expected = new TreeSet<>(CONTRACT.keySet());
        expected.addAll(ADDITIONS.keySet());
        assertThat(operations().keySet().stream().filter(operation -> operation.contains(" /api/")))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(document.path("paths").fieldNames()).toIterable()
                .noneMatch(path -> path.startsWith("/ui") || path.startsWith("/apply") || path.startsWith("/status"));
    }

    @Test
    void everyApiOperationHasASummaryAndNamesTheRolesThatMayCallIt() {
        Map<String, String> roles = new HashMap<>(CONTRACT);
        roles.putAll(ADDITIONS);
        assertThat(document.at("/components/securitySchemes/basicAuth/type").asText()).isEqualTo("http");
        assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        operations().forEach((name, operation) -> {
            assertThat(operation.path("summary").asText()).as(name).isNotBlank();
            if (NO_SIGN_IN.equals(roles.get(name))) {
                assertThat(operation.has("security")).as(name).isFalse();
                assertThat(operation.path("description").asText()).as(name).endsWith("No sign-in: open to anyone.");
            } else if (name.contains(" /api/")) {
                JsonNode security = operation.path("security");
                assertThat(security).as(name).hasSize(1);
                assertThat(security.get(0).has("basicAuth")).as(name).isTrue();
                List<String> named = new ArrayList<>();
                security.get(0).path("basicAuth").forEach(role -> named.add(role.asText()));
                assertThat(String.join(", ", named)).as(name).isEqualTo(roles.get(name));
                assertThat(operation.path("description").asText()).as(name).endsWith(
                        "Roles: " + (named.isEmpty() ? "any signed-in user" : roles.get(name)) + ".");
            }
        });
    }

    @Test
    void everyApiOperationAnswersItsErrorsWithTheProblemDocument() {
        operations().forEach((name, operation) -> {
            if (!name.contains(" /api/")) {
                return;
            }
            JsonNode responses = operation.path("responses");
            Set<String> expected = new TreeSet<>(name.contains(" /api/public/") ? Set.of("429", "503")
                    : Set.of("401", "403", "429", "503"));
            if (operation.has("requestBody")) {
                expected.addAll(Set.of("400", "415"));
            }
            if (name.contains("{")) {
                expected.addAll(Set.of("400", "404"));
            }
            if (name.startsWith("POST ") || name.startsWith("PUT ")) {
                expected.add("409");
            }
            assertThat(responses.fieldNames()).toIterable().as(name).containsAll(expected);
            responses.properties().forEach(answer -> {
                if (answer.getKey().startsWith("4") || answer.getKey().startsWith("5")) {
                    JsonNode problem = resolved(answer.getValue()).at("/content/application~1problem+json/schema/$ref");
                    assertThat(problem.asText()).as(name + " " + answer.getKey())
                            .isEqualTo("#/components/schemas/Problem");
                }
            });
        });
    }

    /** The schema names what a refusal really carries, validation errors' violations included. */
    @Test
    void theProblemSchemaDescribesTheProblemsTheServiceAnswers() {
        Map<String, Object> refusal = as(Api.ADMIN).body(Map.of("code", "!")).post("/api/agencies").then()
                .statusCode(400).contentType("application/problem+json").extract().jsonPath().getMap("$");
        JsonNode schema = document.at("/components/schemas/Problem");
        List<String> properties = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(property -> required.add(property.asText()));
        assertThat(refusal).containsKeys("violations").containsKeys(required.toArray(String[]::new));
        assertThat(properties).containsAll(refusal.keySet());
        assertThat(required).containsExactlyInAnyOrder("type", "title", "status", "detail");
    }

    @Test
    void theDescriptionSaysWhatItDescribes() {
        assertThat(document.at("/info/title").asText()).isEqualTo("disclosure-workflow API");
        assertThat(document.at("/info/version").asText()).isNotBlank();
        assertThat(document.at("/info/description").asText()).contains("依申请公开");
    }

    @Test
    void swaggerUiIsServedInTheTestProfile() {
        given().get("/q/swagger-ui").then().statusCode(200).contentType("text/html").body(containsString("swagger-ui"));
    }

    /** Every operation of the description, as "METHOD /path". */
    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new HashMap<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(item -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(item.getKey())) {
                operations.put(item.getKey().toUpperCase() + " " + path.getKey(), item.getValue());
            }
        }));
        return operations;
    }

    /** An answer, or the shared one it refers to. */
    private JsonNode resolved(JsonNode answer) {
        return answer.has("$ref") ? document.at(answer.path("$ref").asText().substring(1)) : answer;
    }
}
