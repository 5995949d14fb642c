package cn.gov.disclosure.robustness;

import static cn.gov.disclosure.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A generated corpus of malformed and hostile bodies, headers and parameters, sent to every
 * endpoint that takes input: never a 500, every refusal a problem document, and a refused
 * request leaves the case exactly as it was. The corpus is drawn from a fixed seed, so a failure
 * repeats (jqwik's generators need a jqwik thread, which a Quarkus test does not run on).
 */
@QuarkusTest
class HostileInputTest {

    static final int REQUESTS_PER_ENDPOINT = 20;
    static final List<String> FIELDS = List.of("on", "agency", "applicant", "type", "name", "idNumber", "channel",
            "receivedOn", "description", "deliveryForm", "department", "items", "dueOn", "party", "consents", "reason",
            "method", "pages", "outcome", "basis", "note", "kind", "filedOn", "afterReconsideration", "result", "code",
            "parentCode", "username", "password", "roles", "year", "holidays", "workdays");

    @Test
    void noInputMakesTheServiceFailOrChangeARefusedCase() {
        Office office = Api.newOffice();
        String id = Api.registerAccepted(office, Api.today().minusDays(3).toString());
        Integer review = as(office.office()).body(Map.of("kind", "RECONSIDERATION", "filedOn", Api.today().toString()))
                .post("/api/applications/" + id + "/reviews").then().statusCode(201).extract().path("id");
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("/api/applications", office.clerk());
        for (String action : List.of("acceptance", "correction-request", "correction", "third-party-consultation",
                "third-party-reply", "extension", "fee-notice", "fee-payment", "decision", "withdrawal",
                "outcome-correction", "reviews")) {
            endpoints.put("/api/applications/" + id + "/" + action, Api.ADMIN);
        }
        endpoints.put("/api/reviews/" + review + "/result", office.office());
        endpoints.put("/api/agencies", Api.ADMIN);
        endpoints.put("/api/agencies/" + office.agency() + "/departments", Api.ADMIN);
        endpoints.put("/api/users", Api.ADMIN);

        Random random = new Random(20261129);
        List<String> failures = new ArrayList<>();
        String state = caseState(id);
        for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
            for (int n = 0; n < REQUESTS_PER_ENDPOINT; n++) {
                String body = body(random);
                Response response = hostileHeaders(as(endpoint.getValue()), random).body(body).post(endpoint.getKey());
                judge(failures, "POST " + endpoint.getKey() + " " + abbreviated(body), response);
                String after = caseState(id);
                if (response.statusCode() >= 400 && !after.equals(state)) {
                    failures.add("POST " + endpoint.getKey() + " " + abbreviated(body) + " was refused with "
                            + response.statusCode() + " but changed the case");
                }
                state = after;
            }
        }
        for (int n = 0; n < REQUESTS_PER_ENDPOINT; n++) {
            String year = year(random);
            String path = URLEncoder.encode(year, StandardCharsets.UTF_8).replace("+", "%20");
            judge(failures, "PUT /api/calendar/" + year, as(Api.ADMIN).body(body(random)).put("/api/calendar/" + path));
            judge(failures, "GET /api/statistics/" + year, as(office.office()).get("/api/statistics/" + path));
        }
        for (int n = 0; n < REQUESTS_PER_ENDPOINT * 3; n++) {
            Map<String, String> query = query(random);
            judge(failures, "GET /api/applications " + query, as(office.clerk()).queryParams(query).get("/api/applications"));
            judge(failures, "GET /api/statistics/2025/cases " + query,
                    as(office.office()).queryParams(query).get("/api/statistics/2025/cases"));
        }
        assertThat(failures).isEmpty();
    }

    /** Never a 500; anything refused is a problem document that says what went wrong. */
    private static void judge(List<String> failures, String request, Response response) {
        int status = response.statusCode();
        if (status >= 500) {
            failures.add(request + " → " + status + " " + response.asString());
        } else if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            failures.add(request + " → " + status + " as " + response.contentType());
        } else if (status >= 400 && response.jsonPath().getString("detail") == null) {
            failures.add(request + " → " + status + " without a detail");
        }
    }

    /** What a refused request must not change: the case's status, version of record and history. */
    private static String caseState(String id) {
        var view = as(Api.ADMIN).get("/api/applications/" + id).then().statusCode(200).extract().jsonPath();
        return view.getString("status") + "|" + view.getString("outcome") + "|" + view.getList("events").size() + "|"
                + view.getString("responseDueOn") + "|" + view.getString("correction") + "|" + view.getString("fee");
    }

    private static RequestSpecification hostileHeaders(RequestSpecification request, Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> request.header("Idempotency-Key", "k".repeat(1 + random.nextInt(400)));
            case 1 -> request.header("Idempotency-Key", "");
            case 2 -> request.header("Accept", "text/html, */*;q=0.1");
            case 3 -> request.header("Accept-Language", "zh-CN,zh;q=0.9");
            default -> request;
        };
    }

    /** Malformed JSON, JSON of the wrong shape, and well-formed bodies with hostile values in real fields. */
    static String body(Random random) {
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3, 4, 5 -> object(random);
            case 6 -> pick(random, "", "{", "}", "[", "{\"on\":", "{\"on\" \"2025-01-01\"}", "{'on':'2025-01-01'}",
                    "{\"on\":\"2025-01-01\",}", "nul", "\u0000", "{\"a\":1}{\"b\":2}");
            case 7 -> {
                int depth = 1 + random.nextInt(3000);
                yield random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            }
            case 8 -> {
                String json = object(random);
                yield json.substring(0, json.length() / 2);
            }
            default -> value(random);
        };
    }

    /** An object of up to eight of the service's own field names, with hostile values. */
    static String object(Random random) {
        StringBuilder json = new StringBuilder("{");
        int fields = random.nextInt(9);
        for (int i = 0; i < fields; i++) {
            json.append(i == 0 ? "" : ",").append(quoted(FIELDS.get(random.nextInt(FIELDS.size())))).append(':')
                    .append(value(random));
        }
        return json.append('}').toString();
    }

    static String value(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> quoted(hostileText(random));
            case 1 -> String.valueOf(random.nextLong() >> random.nextInt(64));
            default -> pick(random, "true", "false", "null", "[]", "{}", "1.5e400", "-0", "[null]", "{\"\":null}",
                    "\"2025-01-20\"", "\"NATURAL_PERSON\"", "\"D1\"", "[\"clerk\"]", "\"GRANTED\"",
                    "[" + quoted(hostileText(random)) + "]");
        };
    }

    static String hostileText(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> randomText(random, random.nextInt(30), Character.MAX_VALUE);
            case 1 -> randomText(random, 1 + random.nextInt(5), 0x20);
            case 2 -> "x".repeat(20000);
            default -> pick(random, "'; drop table disclosure_case; --", "<script>alert(1)</script>", "../../etc/passwd",
                    "2024-02-30", "9999-99-99", "2024-13-01", "0000-01-01", "+10000-01-01", "-1", "NaN", "1e309",
                    "申请人\u202e", "\ud83d\ude00", "\ud83d", "null", "TRUE", "GRANTED ", "granted", " ");
        };
    }

    /** Characters below {@code bound}, lone surrogate halves included. */
    static String randomText(Random random, int length, int bound) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(bound));
        }
        return text.toString();
    }

    static Map<String, String> query(Random random) {
        List<String> names = List.of("agency", "status", "overdue", "receivedFrom", "receivedTo", "page", "size", "row",
                "column", "includeSubordinates", "published");
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            query.put(names.get(random.nextInt(names.size())), random.nextBoolean()
                    ? randomText(random, random.nextInt(12), 0x7f)
                    : pick(random, "-1", "0", "2147483648", "99999999999999999999", "true", "maybe", "2025-02-30",
                            "RECEIVED", "NEW", "TOTAL", "'", "%00"));
        }
        return query;
    }

    /**
     * Hostile year paths, and numeric years far from any the other tests use: a body that happens
     * to be a valid calendar must not replace a real year's.
     */
    static String year(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> randomText(random, random.nextInt(12), 0x7f);
            case 1 -> String.valueOf(2900 + random.nextInt(200));
            default -> pick(random, "-1", "0", "99999", "2025.5", "0x7e9");
        };
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static String abbreviated(String body) {
        return body.length() <= 120 ? body : body.substring(0, 120) + "…(" + body.length() + ")";
    }
}
