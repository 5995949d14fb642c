package cn.gov.disclosure.robustness;

import static cn.gov.disclosure.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import cn.gov.disclosure.attachment.AttachmentConfig;
import cn.gov.disclosure.cases.CaseRegistration;
import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.fee.FeeConfig;
import cn.gov.disclosure.robustness.Fields.Edge;
import cn.gov.disclosure.robustness.Inputs.Endpoint;
import cn.gov.disclosure.robustness.Inputs.Input;
import cn.gov.disclosure.robustness.Inputs.Source;
import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import cn.gov.disclosure.support.SampleFiles;
import cn.gov.disclosure.support.Tables;
import cn.gov.disclosure.web.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The boundary corpus: every field of every request the service takes (JSON bodies, query, path,
 * header and web form fields, found in the resource classes by {@link Inputs}) is sent at the
 * edges of its type and its business range ({@link Fields}), each alone on an otherwise valid
 * request, then all of them together at their longest inside and past their range, and bodies
 * that are no JSON object. Never a 5xx; every refusal a problem document (API) or a page with a
 * Chinese message (web); a value outside its range refused, one inside never as too large; and a
 * refused request that could write (any but a GET) leaves the case, its history and reviews, and
 * the number of cases as they were.
 */
@QuarkusTest
class BoundaryCorpusTest {

    private static final Logger LOG = Logger.getLogger(BoundaryCorpusTest.class);

    /**
     * The sign-in form and its page belong to the sign-in tests (SessionsTest, which sends them odd
     * names too); they carry no business field, and wrong passwords here would lock the corpus's users.
     */
    private static final List<String> NOT_DRIVEN = List.of("GET /ui/login", "POST /ui/login");

    /** Who calls the applicants' public pages: no user, a browser without sign-in. */
    private static final String VISITOR = "";

    /** A calendar year no other test loads, for the calendar's own edges. */
    private static final int CALENDAR_YEAR = 2090;

    /** Objects nested deep in a field no request has: read as an empty body, which some requests take. */
    private static final String NESTED = "{\"a\":".repeat(3000) + "1" + "}".repeat(3000);

    /** Bodies that are no JSON object at all, or not a whole one, or {@link #NESTED}. */
    private static final List<String> MALFORMED = List.of("", "{", "[", "[]", "\"text\"", "{\"on\":", "{'on':'x'}",
            "nul", "\u0000", "[".repeat(3000) + "]".repeat(3000), NESTED);

    /** A body of some content type, sent as it is. */
    record RawBody(String label, String contentType, String body) {
    }

    /** The boundary of {@link #MALFORMED_MULTIPART}'s multipart bodies. */
    private static final String BOUNDARY = "edge";

    /**
     * Bodies that are no whole multipart form, or none at all, for the endpoints that take one. A
     * page's form gets the session's CSRF token as its first part, so that the form is read.
     */
    private static final List<RawBody> MALFORMED_MULTIPART = List.of(
            new RawBody("no boundary", "multipart/form-data", "x"),
            new RawBody("no closing boundary", "multipart/form-data; boundary=" + BOUNDARY, "--" + BOUNDARY
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4"),
            new RawBody("a part without a name", "multipart/form-data; boundary=" + BOUNDARY,
                    "--" + BOUNDARY + "\r\nContent-Disposition: form-data\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n"),
            new RawBody("no parts", "multipart/form-data; boundary=" + BOUNDARY, "--" + BOUNDARY + "--\r\n"),
            new RawBody("headers without an end", "multipart/form-data; boundary=" + BOUNDARY, "--" + BOUNDARY
                    + "\r\nContent-Disposition: form-data; name=\"kind\"\r\nX-Filler: " + "x".repeat(10000)),
            new RawBody("JSON", "application/json", "{\"kind\":\"OTHER\"}"),
            new RawBody("a plain form", "application/x-www-form-urlencoded", "kind=OTHER"));

    /**
     * A refusal's message on a page: beside a field, or at the top of the page (alone, or after
     * the summary's heading), with the fields it names labelled in Chinese.
     */
    private static final Pattern MESSAGE = Pattern.compile("<p class=\"field-error\"[^>]*>([^<]*)</p>"
            + "|<li><a href=\"#[^\"]*\">[^<：]*：([^<]*)</a></li>"
            + "|<div class=\"error-summary\" role=\"alert\">([^<]+)</div>"
            + "|<div class=\"error-summary\" role=\"alert\">\\s*<h2>[^<]*</h2>\\s*<p>([^<]*)</p>");
    private static final Pattern LABEL = Pattern.compile("<li><a href=\"#[^\"]*\">([^<：]*)：");

    /** Where the fixture of a request stands: the case state it needs, or none. */
    enum State {
        NONE, SUBMITTED_ONLINE, CONFIRMED_ONLINE, RECEIVED, CORRECTION_REQUESTED, IN_PROGRESS, CONSULTING,
        AWAITING_FEE, CLOSED, REVIEW, ATTACHMENT
    }

    /** What a fixture made: the case (and review, or attachment, or an online submission's pair) a request is about. */
    record Target(String id, String review, String attachment, Map<String, String> pair) {

        Target(String id, String review) {
            this(id, review, null, Map.of());
        }

        Target(String id, String review, String attachment) {
            this(id, review, attachment, Map.of());
        }
    }

    /**
     * How to call an endpoint validly: as whom, on a case in which state, with which values (path
     * parameters written {name}); an edge then replaces one of them.
     */
    record Call(Function<Office, String> user, State state, Function<Target, Map<String, String>> base) {
    }

    @Inject
    BusinessDates dates;

    @Inject
    FeeConfig fees;

    @Inject
    AttachmentConfig attachments;

    private Office office;
    private Fields fields;
    private final Map<String, Browser> browsers = new HashMap<>();
    private final List<String> failures = new ArrayList<>();
    private int requests;

    @Test
    void noEdgeOfAnyFieldFailsTheServiceOrChangesWhatItRefused() {
        office = Api.newOffice();
        fields = new Fields(new Fields.Bounds(dates.today(), dates.earliest(), dates.latest(), fees.maxPages(),
                CaseRegistration.MAX_IDEMPOTENCY_KEY, CALENDAR_YEAR, (int) attachments.maxSize().asLongValue()));
        Map<String, Call> calls = calls();
        List<Endpoint> endpoints = Inputs.endpoints().stream().filter(e -> !NOT_DRIVEN.contains(e.key())).toList();

        assertThat(endpoints.stream().map(Endpoint::key).filter(key -> call(calls, key) == null))
                .as("endpoints the corpus does not know how to call").isEmpty();
        assertThat(fields.unknown(endpoints.stream().flatMap(e -> e.inputs().stream()).toList()))
                .as("fields with no declared range").isEmpty();

        Map<String, Endpoint> byKey = new HashMap<>();
        endpoints.forEach(e -> byKey.put(e.key(), e));
        int driven = 0;
        for (Endpoint endpoint : endpoints) {
            Call call = call(calls, endpoint.key());
            Endpoint declared = byKey.getOrDefault(twin(endpoint.key()), endpoint);
            Driver driver = new Driver(endpoint, call);
            List<Input> inputs = endpoint.inputs().stream().map(i -> constrained(i, declared)).toList();
            for (Input input : inputs) {
                driven++;
                for (Edge edge : fields.edges(input)) {
                    if (fits(edge, input, endpoint)) {
                        driver.send(Map.of(input, edge));
                    }
                }
            }
            // A nested record is combined field by field, an address stays the fixture's.
            List<Input> combinable = inputs.stream().filter(i -> i.source() != Source.PATH && !i.type().isRecord())
                    .toList();
            if (!combinable.isEmpty()) {
                driver.send(combined(combinable, endpoint, false));
                driver.send(combined(combinable, endpoint, true));
            }
            if (!endpoint.of(Source.BODY).isEmpty() || endpoint.rawBody()) {
                MALFORMED.forEach(driver::sendBody);
            }
            if (endpoint.multipart()) {
                MALFORMED_MULTIPART.forEach(driver::sendRaw);
            }
        }
        LOG.infof("Boundary corpus: %d requests over %d fields of %d endpoints (%d field names)", requests, driven,
                endpoints.size(), fields.size());
        assertThat(failures).isEmpty();
    }

    /**
     * The web forms build the API's request records: a page's fields carry the type and constraints
     * of its twin's body or form fields (the fee preview's those of the fee notice).
     */
    private static String twin(String key) {
        if (key.equals("POST /ui/reports/{year}")) {
            return "PUT /api/reports/{year}";
        }
        if (!key.startsWith("POST /ui/applications") && !key.endsWith("/fee-preview")) {
            return key;
        }
        return key.replace("GET /ui/applications/{id}/fee-preview", "POST /api/applications/{id}/fee-notice")
                .replace("/ui/applications/{id}/reviews/{review}/result", "/api/reviews/{id}/result")
                .replace("/ui/", "/api/");
    }

    /** An endpoint's own call, or its twin's. */
    private static Call call(Map<String, Call> calls, String key) {
        return calls.getOrDefault(key, calls.get(twin(key)));
    }

    /**
     * A form field takes the constraints of its twin's body field; but a field of an optional group
     * (the decision's {@code referral.agency}) left blank on a form leaves the whole group out, so
     * there it is required only with the group.
     */
    private static Input constrained(Input input, Endpoint declared) {
        if (declared.isPage() || input.source() != Source.FORM && input.source() != Source.QUERY) {
            return input;
        }
        List<Input> declaredInputs = declared.inputs().stream()
                .filter(b -> b.source() == Source.BODY || b.source() == Source.FORM).toList();
        Input constrained = declaredInputs.stream().filter(b -> b.name().equals(input.name())).findFirst()
                .map(input::constrainedAs).orElse(input);
        int dot = input.name().lastIndexOf('.');
        boolean inOptionalGroup = dot > 0 && declaredInputs.stream()
                .anyMatch(b -> b.name().equals(input.name().substring(0, dot)) && !b.required());
        return inOptionalGroup ? constrained.optional() : constrained;
    }

    /** Whether an edge can travel where the input does: JSON in a body, text elsewhere (a path only as one segment). */
    private static boolean fits(Edge edge, Input input, Endpoint endpoint) {
        if (input.source() == Source.BODY) {
            return edge.json() != null;
        }
        if (edge.text() == null) {
            return false;
        }
        if (input.source() == Source.PATH) {
            return edge.text().matches("[\\p{L}\\p{N}._~ \\x00-]{1,300}") && !edge.text().startsWith(".");
        }
        if (input.source() == Source.HEADER) {
            return edge.text().matches("[\\x20-\\x7e]*");
        }
        // A page's address is written out whole: characters that end or split a query's value are no value.
        return !endpoint.isPage() || endpoint.method().equals("POST")
                || !edge.text().matches("(?s).*[&=#%+\\p{Cntrl}].*");
    }

    /** Every field at once at its longest value inside its range, or ({@code outside}) beyond it. */
    private Map<Input, Edge> combined(List<Input> inputs, Endpoint endpoint, boolean outside) {
        Map<Input, Edge> edges = new LinkedHashMap<>();
        for (Input input : inputs) {
            fields.edges(input).stream().filter(e -> e.outside() == outside && fits(e, input, endpoint))
                    .max(Comparator.comparingInt(e -> e.label().length())).ifPresent(e -> edges.put(input, e));
        }
        return edges;
    }

    /** Sends the requests of one endpoint, keeping a fixture that fits it and what a refusal must leave unchanged. */
    private final class Driver {

        private final Endpoint endpoint;
        private final Call call;
        private Target target;
        private String state;

        Driver(Endpoint endpoint, Call call) {
            this.endpoint = endpoint;
            this.call = call;
        }

        void send(Map<Input, Edge> edges) {
            String described = endpoint.key() + " " + describe(edges);
            boolean outside = edges.values().stream().anyMatch(Edge::outside);
            Outcome outcome = endpoint.isPage() ? page(values(edges)) : api(values(edges), null);
            judge(described, outcome, outside);
        }

        void sendBody(String body) {
            Outcome outcome = api(values(Map.of()), new RawBody(body, "application/json", body));
            String described = endpoint.key() + " body " + abbreviated(body);
            judge(described, outcome, !body.equals(NESTED));
        }

        /** A body sent as it is, with its own content type; none is a whole request. */
        void sendRaw(RawBody body) {
            Map<String, Map.Entry<Input, String>> values = values(Map.of());
            Outcome outcome = endpoint.isPage() ? rawPage(values, body) : api(values, body);
            judge(endpoint.key() + " body " + body.label(), outcome, true);
        }

        private void judge(String described, Outcome outcome, boolean outside) {
            requests++;
            outcome.failure().ifPresent(f -> failures.add(described + " → " + f));
            if (outcome.status() == 413 && !outside) {
                failures.add(described + " → refused as too large, although within its range");
            }
            if (outcome.accepted()) {
                if (outside) {
                    failures.add(described + " → accepted although outside its range");
                }
                if (!endpoint.method().equals("GET") && call.state() != State.NONE) {
                    target = null;
                } else {
                    state = null;
                }
            } else if (!endpoint.method().equals("GET")) {
                String after = snapshot();
                if (!after.equals(state)) {
                    failures.add(described + " → refused, but changed " + state + " to " + after);
                    state = after;
                }
            }
        }

        /** The base values of the call with the edges in place of theirs. */
        private Map<String, Map.Entry<Input, String>> values(Map<Input, Edge> edges) {
            if (target == null) {
                target = fixture(call.state());
                state = null;
            }
            if (state == null && !endpoint.method().equals("GET")) {
                state = snapshot();
            }
            Map<String, Map.Entry<Input, String>> values = new LinkedHashMap<>();
            Map<String, String> base = call.base().apply(target);
            for (Input input : endpoint.inputs()) {
                String key = input.source() == Source.PATH ? "{" + input.name() + "}" : input.name();
                String text = base.get(key);
                if (text != null) {
                    boolean body = input.source() == Source.BODY;
                    values.put(key, Map.entry(input, body ? fields.json(input, text) : text));
                }
            }
            edges.forEach((input, edge) -> {
                String key = input.source() == Source.PATH ? "{" + input.name() + "}" : input.name();
                values.put(key, Map.entry(input, input.source() == Source.BODY ? edge.json() : edge.text()));
                if (input.source() == Source.BODY) {
                    values.keySet().removeIf(k -> k.startsWith(input.name() + "."));
                }
            });
            return values;
        }

        /** The request as a client of the API sends it: the values, or {@code raw} as the whole body. */
        private Outcome api(Map<String, Map.Entry<Input, String>> values, RawBody raw) {
            boolean multipart = endpoint.multipart() && raw == null;
            RequestSpecification request = multipart ? Api.multipart(as(call.user().apply(office)))
                    : as(call.user().apply(office));
            Map<String, String> json = new LinkedHashMap<>();
            values.forEach((key, value) -> {
                Input input = value.getKey();
                switch (input.source()) {
                    case QUERY -> request.queryParam(key, value.getValue());
                    case HEADER -> request.header(key, value.getValue());
                    case BODY -> json.put(key, value.getValue());
                    case FORM -> {
                        if (multipart && input.isFile()) {
                            request.multiPart(key, value.getValue(), fields.content(input, value.getValue()),
                                    "application/octet-stream");
                        } else if (multipart) {
                            Api.field(request, key, value.getValue());
                        }
                    }
                    default -> {
                    }
                }
            });
            if (raw != null) {
                // REST Assured writes text bodies by their content type, and has no writer for a multipart one.
                request.contentType(raw.contentType());
                if (raw.contentType().startsWith("multipart/")) {
                    request.body(raw.body().getBytes(StandardCharsets.UTF_8));
                } else {
                    request.body(raw.body());
                }
            } else if (!multipart && (endpoint.method().equals("POST") || endpoint.method().equals("PUT"))) {
                request.body(object(json));
            }
            return Outcome.of(request.request(endpoint.method(), address(values)), "application/problem+json",
                    refused -> refused.jsonPath().getString("detail") == null ? Optional.of("without a detail")
                            : Optional.empty());
        }

        private Outcome page(Map<String, Map.Entry<Input, String>> values) {
            Browser browser = browser();
            Response response;
            if (endpoint.method().equals("GET")) {
                StringBuilder address = new StringBuilder(address(values));
                String separator = "?";
                for (Map.Entry<String, Map.Entry<Input, String>> value : values.entrySet()) {
                    if (value.getValue().getKey().source() == Source.QUERY) {
                        address.append(separator).append(value.getKey()).append('=').append(value.getValue().getValue());
                        separator = "&";
                    }
                }
                response = browser.get(address.toString());
            } else {
                Map<String, String> form = new LinkedHashMap<>();
                Map.Entry<Input, String> file = null;
                for (Map.Entry<String, Map.Entry<Input, String>> value : values.entrySet()) {
                    if (value.getValue().getKey().isFile()) {
                        file = value.getValue();
                    } else if (value.getValue().getKey().source() == Source.FORM) {
                        form.put(value.getKey(), value.getValue().getValue());
                    }
                }
                String address = address(values);
                browser.get(formPage(address));
                response = file == null ? browser.submit(address, form)
                        : browser.submitWithFile(address, form, file.getKey().name(), file.getValue(),
                                fields.content(file.getKey(), file.getValue()));
            }
            return pageOutcome(browser, response);
        }

        /** A page's form sent as {@code raw}, after the session's CSRF token where it is a multipart form. */
        private Outcome rawPage(Map<String, Map.Entry<Input, String>> values, RawBody raw) {
            Browser browser = browser();
            browser.get(formPage(address(values)));
            return pageOutcome(browser, browser.submitRaw(address(values), raw.contentType(),
                    raw.contentType().endsWith("boundary=" + BOUNDARY) ? BOUNDARY : null, raw.body()));
        }

        /** The call's user's browser, signed in; a visitor's for the public pages. */
        private Browser browser() {
            return browsers.computeIfAbsent(call.user().apply(office),
                    user -> user.equals(VISITOR) ? Browser.visitor() : Browser.signedIn(user, Api.PASSWORD));
        }

        /** The page a form posted to {@code address} is on: the case's, the registration's, the status, or its own. */
        private String formPage(String address) {
            if (address.startsWith("/status")) {
                return "/status";
            }
            return !address.startsWith("/ui/applications") ? address
                    : target.id() == null ? "/ui/applications/new" : "/ui/applications/" + target.id();
        }

        /** A page's answer: taken (a redirect to a page), or refused with a page in Chinese, never a 5xx. */
        private Outcome pageOutcome(Browser browser, Response response) {
            int status = response.statusCode();
            if (status == 302 || status == 303) {
                String location = response.header("Location");
                if (!location.contains("/ui/refused/") && !location.endsWith("/ui/forbidden")) {
                    return location.contains("/ui/login") ? Outcome.failed("sent to sign in") : Outcome.of(status);
                }
                response = browser.follow(response);
            }
            return Outcome.of(response, "text/html", refused -> chineseRefusal(refused.asString()));
        }

        private String address(Map<String, Map.Entry<Input, String>> values) {
            String address = endpoint.path();
            for (Map.Entry<String, Map.Entry<Input, String>> value : values.entrySet()) {
                if (value.getValue().getKey().source() == Source.PATH) {
                    address = address.replace(value.getKey(), value.getValue().getValue());
                }
            }
            return address;
        }

        /** What a refused request must leave as it was. */
        private String snapshot() {
            String agency = office.agency();
            StringBuilder state = new StringBuilder("cases=").append(as(Api.ADMIN).queryParam("agency", agency)
                    .queryParam("size", 1).get("/api/applications").then().statusCode(200).extract().path("total")
                    .toString());
            if (target.id() != null) {
                var c = as(Api.ADMIN).get("/api/applications/" + target.id()).then().statusCode(200).extract().jsonPath();
                state.append(" status=").append(c.getString("status")).append(" events=")
                        .append(c.getList("events").size()).append(" outcome=").append(c.getString("outcome"))
                        .append(" fee=").append(c.getString("fee")).append(" correction=")
                        .append(c.getString("correction")).append(" due=").append(c.getString("responseDueOn"))
                        .append(" served=").append(as(Api.ADMIN).get("/api/applications/" + target.id() + "/documents")
                                .then().statusCode(200).extract().jsonPath().getList("items.collect { it.service.size() }"));
            }
            state.append(" attachments=").append(Tables.count("attachment")).append('/')
                    .append(Tables.count("attachment_content"))
                    .append(" reports=").append(Tables.count("annual_report"));
            if (call.state() == State.CLOSED || call.state() == State.REVIEW) {
                state.append(" reviews=").append(as(Api.ADMIN).get("/api/applications/" + target.id() + "/reviews")
                        .then().statusCode(200).extract().jsonPath().getList("result"));
            }
            if (call.user().apply(office).equals(Api.ADMIN)) {
                state.append(" agencies=").append(as(Api.ADMIN).get("/api/agencies").then().extract().jsonPath()
                        .getList("code").size()).append(" departments=")
                        .append(as(Api.ADMIN).get("/api/agencies/" + agency + "/departments").then().extract()
                                .jsonPath().getList("code").size())
                        .append(" calendar=").append(as(Api.ADMIN).get("/api/calendar/" + CALENDAR_YEAR).asString());
            }
            return state.toString();
        }
    }

    /** Why a refused page does not say so in Chinese; empty when it does. */
    private static Optional<String> chineseRefusal(String page) {
        Matcher label = LABEL.matcher(page);
        while (label.find()) {
            if (label.group(1).matches(".*[A-Za-z].*")) {
                return Optional.of("a field named " + label.group(1) + " rather than labelled");
            }
        }
        Matcher message = MESSAGE.matcher(page);
        while (message.find()) {
            for (int group = 1; group <= message.groupCount(); group++) {
                if (message.group(group) != null && message.group(group).matches("(?s).*\\p{IsHan}.*")) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of("no message in Chinese");
    }

    /** What came of a request: taken, refused as the contract says, or a failure of the contract. */
    private record Outcome(int status, Optional<String> failure) {

        static Outcome of(int status) {
            return new Outcome(status, Optional.empty());
        }

        /** A 5xx fails; below 400 the request was taken; a refusal must be of its kind and say why. */
        static Outcome of(Response response, String refusalType, Function<Response, Optional<String>> unclear) {
            int status = response.statusCode();
            if (status >= 500) {
                return failed(status + " " + abbreviated(response.asString()));
            }
            if (status < 400) {
                return of(status);
            }
            if (!String.valueOf(response.contentType()).startsWith(refusalType)) {
                return failed(status + " as " + response.contentType());
            }
            return unclear.apply(response).map(why -> failed(status + " " + why)).orElse(of(status));
        }

        static Outcome failed(String why) {
            return new Outcome(0, Optional.of(why));
        }

        boolean accepted() {
            return failure.isEmpty() && status < 400;
        }
    }

    /** A case in the state a call needs, made through the API. */
    private Target fixture(State state) {
        String today = dates.today().toString();
        return switch (state) {
            case NONE -> new Target(null, null);
            case SUBMITTED_ONLINE -> {
                Map<String, String> pair = Api.submitOnline(office.agency());
                yield new Target(Api.submissionOf(office, pair.get("reference")), null, null, pair);
            }
            case CONFIRMED_ONLINE -> {
                Map<String, String> pair = Api.submitOnline(office.agency());
                String id = Api.submissionOf(office, pair.get("reference"));
                Api.act(office.clerk(), id, "confirmation", Map.of("on", today)).statusCode(200);
                yield new Target(id, null, null, pair);
            }
            case RECEIVED -> new Target(Api.register(office, today), null);
            case CORRECTION_REQUESTED -> {
                String id = Api.register(office, today);
                Api.act(office.clerk(), id, "correction-request", Map.of("on", today, "items", List.of("请提供身份证明")))
                        .statusCode(200);
                yield new Target(id, null);
            }
            case IN_PROGRESS -> new Target(Api.registerAccepted(office, today), null);
            case CONSULTING -> {
                String id = Api.registerAccepted(office, today);
                Api.act(office.handler(), id, "third-party-consultation", Map.of("on", today, "party", "某公司"))
                        .statusCode(200);
                yield new Target(id, null);
            }
            case AWAITING_FEE -> {
                String id = Api.registerAccepted(office, today);
                Api.act(office.office(), id, "fee-notice", Map.of("on", today, "method", "PER_VOLUME", "pages", 100))
                        .statusCode(200);
                yield new Target(id, null);
            }
            case CLOSED -> new Target(closed(today), null);
            case ATTACHMENT -> {
                String id = Api.register(office, today);
                String attachment = Api.field(Api.multipart(as(office.clerk())), "kind", "APPLICATION_FORM")
                        .multiPart("file", "申请表.pdf", SampleFiles.pdf(0), "application/pdf")
                        .post("/api/applications/" + id + "/attachments").then().statusCode(201).extract().path("id");
                yield new Target(id, null, attachment);
            }
            case REVIEW -> {
                String id = closed(today);
                Integer review = as(office.office()).body(Map.of("kind", "RECONSIDERATION", "filedOn", today))
                        .post("/api/applications/" + id + "/reviews").then().statusCode(201).extract().path("id");
                yield new Target(id, review.toString());
            }
        };
    }

    private String closed(String today) {
        String id = Api.registerAccepted(office, today);
        Api.act(office.handler(), id, "decision", Map.of("on", today, "outcome", "GRANTED")).statusCode(200);
        return id;
    }

    /** How each endpoint is called validly. Web pages that mirror an API endpoint are called as it is. */
    private Map<String, Call> calls() {
        String today = dates.today().toString();
        String lastYear = Integer.toString(dates.today().getYear() - 1);
        Function<Office, String> clerk = Office::clerk;
        Function<Office, String> handler = Office::handler;
        Function<Office, String> staff = Office::office;
        Function<Office, String> admin = o -> Api.ADMIN;
        Map<String, Call> calls = new HashMap<>();
        calls.put("POST /api/agencies", new Call(admin, State.NONE, t -> Map.of("code", fresh(), "name", "测试机关")));
        calls.put("GET /api/agencies/{code}/departments", new Call(clerk, State.NONE, t -> Map.of("{code}", office.agency())));
        calls.put("POST /api/agencies/{code}/departments", new Call(admin, State.NONE,
                t -> Map.of("{code}", office.agency(), "code", fresh(), "name", "科室")));
        calls.put("GET /api/calendar/{year}", new Call(clerk, State.NONE, t -> Map.of("{year}", today.substring(0, 4))));
        calls.put("PUT /api/calendar/{year}", new Call(admin, State.NONE,
                t -> Map.of("{year}", Integer.toString(CALENDAR_YEAR), "holidays", "", "workdays", "")));
        calls.put("POST /api/users", new Call(admin, State.NONE, t -> Map.of("username", fresh(), "password",
                Api.PASSWORD, "roles", "clerk", "agency", office.agency())));
        calls.put("POST /api/applications", new Call(clerk, State.NONE, t -> Map.of("applicant.type", "NATURAL_PERSON",
                "applicant.name", "张三", "channel", "IN_PERSON", "receivedOn", today, "description", "2024年本县征地补偿安置方案",
                "deliveryForm", "PAPER", "submission", UUID.randomUUID().toString())));
        calls.put("GET /api/applications", new Call(clerk, State.NONE, t -> Map.of()));
        calls.put("GET /ui/applications", new Call(clerk, State.NONE, t -> Map.of()));
        calls.put("GET /ui/queue", new Call(handler, State.NONE, t -> Map.of()));
        calls.put("GET /api/applications/{id}", new Call(clerk, State.RECEIVED, t -> Map.of("{id}", t.id())));
        calls.put("GET /ui/applications/{id}", new Call(clerk, State.RECEIVED, t -> Map.of("{id}", t.id())));
        calls.put("GET /ui/applications/{id}/receipt", new Call(clerk, State.RECEIVED, t -> Map.of("{id}", t.id())));
        calls.put("GET /api/applications/{id}/reviews", new Call(clerk, State.RECEIVED, t -> Map.of("{id}", t.id())));
        calls.put("POST /api/public/applications", new Call(clerk, State.NONE, t -> Map.of("agency", office.agency(),
                "applicant.type", "NATURAL_PERSON", "applicant.name", "张三", "applicant.idNumber", "44030419850615231X",
                "applicant.phone", "13800138000", "description", "2024年本县征地补偿安置方案", "deliveryForm", "PAPER",
                "Idempotency-Key", UUID.randomUUID().toString())));
        calls.put("POST /api/public/status", new Call(clerk, State.SUBMITTED_ONLINE, Target::pair));
        calls.put("POST /api/public/documents/{number}", new Call(clerk, State.CONFIRMED_ONLINE, t -> {
            Map<String, String> values = new HashMap<>(t.pair());
            values.put("{number}", Api.as(Api.ADMIN).get("/api/applications/" + t.id() + "/documents").then()
                    .statusCode(200).extract().path("items[0].number"));
            return values;
        }));
        Function<Office, String> visitor = o -> VISITOR;
        calls.put("POST /apply", new Call(visitor, State.NONE, t -> Map.of("agency", office.agency(),
                "applicant.type", "NATURAL_PERSON", "applicant.name", "张三", "applicant.idNumber", "44030419850615231X",
                "applicant.phone", "13800138000", "description", "2024年本县征地补偿安置方案", "deliveryForm", "PAPER",
                "submission", UUID.randomUUID().toString())));
        calls.put("POST /status", new Call(visitor, State.SUBMITTED_ONLINE, Target::pair));
        calls.put("POST /status/documents/{number}", new Call(visitor, State.CONFIRMED_ONLINE,
                calls.get("POST /api/public/documents/{number}").base()));
        action(calls, "confirmation", clerk, State.SUBMITTED_ONLINE);
        action(calls, "rejection", clerk, State.SUBMITTED_ONLINE, "reason", "不是申请");
        action(calls, "acceptance", clerk, State.RECEIVED, "department", "D1");
        action(calls, "correction-request", clerk, State.RECEIVED, "items", "请提供身份证明");
        action(calls, "correction", clerk, State.CORRECTION_REQUESTED);
        action(calls, "withdrawal", clerk, State.RECEIVED);
        action(calls, "third-party-consultation", handler, State.IN_PROGRESS, "party", "某公司");
        action(calls, "third-party-reply", handler, State.CONSULTING);
        action(calls, "decision", handler, State.IN_PROGRESS, "outcome", "GRANTED");
        action(calls, "extension", staff, State.IN_PROGRESS, "reason", "需调取档案");
        action(calls, "fee-notice", staff, State.IN_PROGRESS, "method", "PER_VOLUME", "pages", "100");
        action(calls, "fee-payment", staff, State.AWAITING_FEE);
        action(calls, "outcome-correction", staff, State.CLOSED, "outcome", "PARTIALLY_GRANTED", "reason", "选错了结果");
        calls.put("POST /api/applications/{id}/reviews", new Call(staff, State.CLOSED,
                t -> Map.of("{id}", t.id(), "kind", "RECONSIDERATION", "filedOn", today)));
        calls.put("GET /api/reviews/{id}", new Call(clerk, State.REVIEW, t -> Map.of("{id}", t.review())));
        calls.put("POST /api/reviews/{id}/result", new Call(staff, State.REVIEW,
                t -> Map.of("{id}", t.review(), "on", today, "result", "MAINTAINED")));
        calls.put("POST /ui/applications/{id}/reviews/{review}/result", new Call(staff, State.REVIEW,
                t -> Map.of("{id}", t.id(), "{review}", t.review(), "on", today, "result", "MAINTAINED")));
        for (String statistics : List.of("", "/table.csv", "/table.xlsx", "/table.html", "/publication")) {
            calls.put("GET /api/statistics/{year}" + statistics, new Call(staff, State.NONE, t -> Map.of("{year}", lastYear)));
        }
        calls.put("POST /api/statistics/{year}/publication", new Call(staff, State.NONE, t -> Map.of("{year}", lastYear)));
        calls.put("GET /api/statistics/{year}/cases", new Call(staff, State.NONE,
                t -> Map.of("{year}", lastYear, "row", "NEW")));
        calls.put("GET /ui/statistics", new Call(staff, State.NONE, t -> Map.of("year", lastYear)));
        for (String statistics : List.of("/table.csv", "/table.xlsx", "/table.html")) {
            calls.put("GET /ui/statistics/{year}" + statistics, new Call(staff, State.NONE, t -> Map.of("{year}", lastYear)));
        }
        calls.put("GET /ui/statistics/{year}/cases", new Call(staff, State.NONE,
                t -> Map.of("{year}", lastYear, "row", "NEW")));
        calls.put("GET /api/agencies/{code}/profile", new Call(clerk, State.NONE, t -> Map.of("{code}", office.agency())));
        calls.put("PUT /api/agencies/{code}/profile", new Call(staff, State.NONE, t -> Map.of("{code}", office.agency(),
                "fullName", "宁晋县人民政府办公室", "documentPrefix", "宁政办", "reconsiderationBody", "宁晋县人民政府",
                "court", "宁晋县人民法院")));
        calls.put("GET /ui/profile", new Call(staff, State.NONE, t -> Map.of()));
        calls.put("POST /ui/profile", new Call(staff, State.NONE, t -> Map.of("fullName", "宁晋县人民政府办公室",
                "documentPrefix", "宁政办", "reconsiderationBody", "宁晋县人民政府", "court", "宁晋县人民法院")));
        calls.put("GET /api/applications/{id}/documents", new Call(clerk, State.RECEIVED, t -> Map.of("{id}", t.id())));
        calls.put("GET /api/applications/{id}/file.zip", new Call(clerk, State.RECEIVED, t -> Map.of("{id}", t.id())));
        calls.put("GET /ui/applications/{id}/file.zip", new Call(clerk, State.RECEIVED, t -> Map.of("{id}", t.id())));
        calls.put("GET /api/documents/{id}/pdf", new Call(clerk, State.RECEIVED, t -> Map.of("{id}", receipt(t))));
        calls.put("GET /ui/documents/{id}.pdf", new Call(clerk, State.RECEIVED, t -> Map.of("{id}", receipt(t))));
        calls.put("GET /api/documents/{id}/service-receipt", new Call(clerk, State.RECEIVED,
                t -> Map.of("{id}", receipt(t))));
        calls.put("GET /ui/documents/{id}/service-receipt.pdf", new Call(clerk, State.RECEIVED,
                t -> Map.of("{id}", receipt(t))));
        calls.put("POST /api/documents/{id}/service", new Call(clerk, State.RECEIVED, t -> Map.of("{id}", receipt(t),
                "method", "POST", "on", today, "trackingNumber", "XA123456789CN", "signer", "张三")));
        calls.put("POST /ui/applications/{id}/documents/{document}/service", new Call(clerk, State.RECEIVED,
                t -> Map.of("{id}", t.id(), "{document}", receipt(t), "method", "POST", "on", today,
                        "trackingNumber", "XA123456789CN", "signer", "张三")));
        calls.put("POST /api/applications/{id}/{action}/preview", new Call(handler, State.IN_PROGRESS,
                t -> Map.of("{id}", t.id(), "{action}", "decision", "kind", "DECISION")));
        calls.put("GET /ui/refused/{status}", new Call(clerk, State.NONE, t -> Map.of("{status}", "413")));
        calls.put("POST /api/applications/{id}/attachments", new Call(clerk, State.RECEIVED,
                t -> Map.of("{id}", t.id(), "kind", "APPLICATION_FORM", "file", "申请表.pdf")));
        calls.put("GET /api/applications/{id}/attachments", new Call(clerk, State.RECEIVED, t -> Map.of("{id}", t.id())));
        calls.put("GET /api/attachments/{id}", new Call(clerk, State.ATTACHMENT, t -> Map.of("{id}", t.attachment())));
        calls.put("POST /api/imports", new Call(staff, State.NONE, t -> Map.of("dryRun", "true", "file", "台账.csv")));
        calls.put("GET /api/applications/ledger.xlsx", new Call(staff, State.NONE, t -> Map.of("year", lastYear)));
        calls.put("GET /api/applications/ledger.csv", new Call(staff, State.NONE, t -> Map.of("year", lastYear)));
        calls.put("PUT /api/statistics/{year}/published-figures", new Call(staff, State.NONE,
                t -> Map.of("{year}", lastYear)));
        calls.put("PUT /api/reports/{year}", new Call(staff, State.NONE, t -> Map.of("{year}", lastYear)));
        for (String report : List.of("", "/report.docx", "/report.html", "/report.pdf")) {
            calls.put("GET /api/reports/{year}" + report, new Call(staff, State.NONE, t -> Map.of("{year}", lastYear)));
        }
        calls.put("GET /ui/reports", new Call(staff, State.NONE, t -> Map.of("year", lastYear)));
        for (String report : List.of("", "/report.docx", "/report.html", "/report.pdf")) {
            calls.put("GET /ui/reports/{year}" + report, new Call(staff, State.NONE, t -> Map.of("{year}", lastYear)));
        }
        calls.put("POST /ui/ledger", new Call(staff, State.NONE, t -> Map.of("mode", "check", "file", "台账.csv")));
        calls.put("GET /ui/ledger/{year}.xlsx", new Call(staff, State.NONE, t -> Map.of("{year}", lastYear)));
        calls.put("GET /ui/ledger/{year}.csv", new Call(staff, State.NONE, t -> Map.of("{year}", lastYear)));
        calls.put("GET /ui/applications/{id}/attachments/{attachment}", new Call(clerk, State.ATTACHMENT,
                t -> Map.of("{id}", t.id(), "{attachment}", t.attachment())));
        return calls;
    }

    /** A case action, {@code on} today unless an edge says otherwise, with its other fields as pairs. */
    private void action(Map<String, Call> calls, String action, Function<Office, String> user, State state,
            String... pairs) {
        String today = dates.today().toString();
        calls.put("POST /api/applications/{id}/" + action, new Call(user, state, t -> {
            Map<String, String> values = new HashMap<>(Map.of("{id}", t.id(), "on", today));
            for (int i = 0; i < pairs.length; i += 2) {
                values.put(pairs[i], pairs[i + 1]);
            }
            return values;
        }));
    }

    /** The id of the case's receipt, the letter its registration issued. */
    private static String receipt(Target t) {
        return Api.as(Api.ADMIN).get("/api/applications/" + t.id() + "/documents").then().statusCode(200).extract()
                .path("items[0].id");
    }

    /** A code no other request has used. */
    private static String fresh() {
        return "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Dotted field names as nested JSON objects; the values are JSON already. */
    private static String object(Map<String, String> json) {
        Map<String, Object> tree = new LinkedHashMap<>();
        json.forEach((name, value) -> {
            Map<String, Object> node = tree;
            String[] path = name.split("\\.");
            for (int i = 0; i < path.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) node.computeIfAbsent(path[i], k -> new LinkedHashMap<>());
                node = child;
            }
            node.put(path[path.length - 1], value);
        });
        return write(tree);
    }

    private static String write(Map<String, Object> tree) {
        StringBuilder out = new StringBuilder("{");
        tree.forEach((name, value) -> out.append(out.length() == 1 ? "" : ",").append(Fields.quoted(name)).append(':')
                .append(value instanceof Map<?, ?> child ? write(castTree(child)) : value));
        return out.append('}').toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castTree(Map<?, ?> child) {
        return (Map<String, Object>) child;
    }

    private static String describe(Map<Input, Edge> edges) {
        StringBuilder out = new StringBuilder();
        edges.forEach((input, edge) -> out.append(input.name()).append('=').append(abbreviated(edge.label())).append(' '));
        return out.toString().trim();
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…(" + text.length() + ")";
    }
}
