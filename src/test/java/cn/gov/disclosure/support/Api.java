package cn.gov.disclosure.support;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.http.entity.mime.HttpMultipartMode;
import org.awaitility.Awaitility;

import cn.gov.disclosure.calendar.WorkingDayCalendar;
import cn.gov.disclosure.calendar.YearSchedule;
import cn.gov.disclosure.security.AppUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Drives the service through its public HTTP contract, as a client would. */
public final class Api {

    /** Created at start-up from {@code disclosure.bootstrap-admin-password} of the test profile. */
    public static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String PASSWORD = "secret-password";

    static {
        // A failed expectation shows the request and the problem the service answered with.
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Api() {
    }

    /**
     * A multipart request as browsers send one: file names in UTF-8 as they are, and no content
     * type on a text field (REST Assured's default would write Chinese as question marks). Add a
     * text field with {@link #field}.
     */
    public static RequestSpecification multipart(RequestSpecification request) {
        return request.config(RestAssured.config()
                .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8))
                .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE)))
                .contentType("multipart/form-data");
    }

    /** A text field of a {@link #multipart} request, in UTF-8. */
    public static RequestSpecification field(RequestSpecification request, String name, String value) {
        return request.multiPart(name, value, "text/plain; charset=UTF-8");
    }

    public static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, ADMIN.equals(user) ? ADMIN_PASSWORD : PASSWORD)
                .contentType(ContentType.JSON);
    }

    /** An agency of its own for each test, so tests never see each other's cases. */
    public record Office(String agency, String department, String clerk, String handler, String office,
            String admin) {
    }

    public static Office newOffice() {
        return newOffice(null);
    }

    public static Office newOffice(String parent) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> agency = new HashMap<>(Map.of("code", code, "name", "测试机关" + code));
        if (parent != null) {
            agency.put("parentCode", parent);
        }
        as(ADMIN).body(agency).post("/api/agencies").then().statusCode(201);
        as(ADMIN).body(Map.of("code", "D1", "name", "承办科室")).post("/api/agencies/" + code + "/departments")
                .then().statusCode(201);
        Office office = new Office(code, "D1", code + "-clerk", code + "-handler", code + "-office", code + "-admin");
        createUser(office.clerk(), "clerk", code, null);
        createUser(office.handler(), "handler", code, "D1");
        createUser(office.office(), "office", code, null);
        createUser(office.admin(), "admin", code, null);
        return office;
    }

    public static void createUser(String username, String role, String agency, String department) {
        Map<String, Object> user = new HashMap<>(Map.of("username", username, "password", PASSWORD,
                "roles", List.of(role), "agency", agency));
        if (department != null) {
            user.put("department", department);
        }
        as(ADMIN).body(user).post("/api/users").then().statusCode(201);
    }

    public static Map<String, Object> application(String receivedOn) {
        return application("NATURAL_PERSON", "110101199001011234", receivedOn);
    }

    public static Map<String, Object> application(String applicantType, String idNumber, String receivedOn) {
        Map<String, Object> applicant = new HashMap<>(Map.of("type", applicantType, "name", "张三"));
        if (idNumber != null) {
            applicant.put("idNumber", idNumber);
        }
        return new HashMap<>(Map.of("applicant", applicant, "channel", "IN_PERSON", "receivedOn", receivedOn,
                "description", "2024年本县征地补偿安置方案", "deliveryForm", "PAPER"));
    }

    /** Registers an application and returns its id. */
    public static String register(Office office, String receivedOn) {
        return as(office.clerk()).body(application(receivedOn)).post("/api/applications")
                .then().statusCode(201).extract().path("id");
    }

    /** Submits an application online to the office's agency, as an applicant: answers its reference and query code. */
    public static Map<String, String> submitOnline(String agency) {
        var submitted = given().contentType(ContentType.JSON).body(Map.of("agency", agency,
                "applicant", Map.of("type", "NATURAL_PERSON", "name", "张三", "idNumber", "44030419850615231X",
                        "phone", "13800138000"),
                "description", "本街道2025年老旧小区改造项目的资金使用情况")).post("/api/public/applications")
                .then().statusCode(201).extract();
        return Map.of("reference", submitted.path("reference"), "queryCode", submitted.path("queryCode"));
    }

    /** The staff's id of the online submission with this reference, as the office's clerk finds it. */
    public static String submissionOf(Office office, String reference) {
        return as(office.clerk()).get("/api/applications?status=SUBMITTED_ONLINE&size=200").then().statusCode(200)
                .extract().path("items.find { it.trackingNumber == '" + reference + "' }.id");
    }

    /** Registers and accepts to the office's department: the case is IN_PROGRESS. */
    public static String registerAccepted(Office office, String receivedOn) {
        String id = register(office, receivedOn);
        act(office.clerk(), id, "acceptance", Map.of("on", receivedOn, "department", office.department()))
                .statusCode(200);
        return id;
    }

    public static ValidatableResponse act(String user, String id, String action, Map<String, ?> body) {
        return as(user).body(body).post("/api/applications/" + id + "/" + action).then();
    }

    /** The business day today, as the service sees it: by the service's clock ({@link TestClock}). */
    public static LocalDate today() {
        return TestClock.current().today();
    }

    /**
     * A period's end that does not come while the tests run, yet lies within the dates the service
     * takes (at most a year after today).
     */
    public static String openPeriodEnd() {
        return today().plusMonths(6).toString();
    }

    /**
     * The working-day calendar the service counts with around today (last year to next year, of
     * those it has loaded: the shipped ones, unless a test loads more), read through the API.
     */
    public static WorkingDayCalendar calendar() {
        List<YearSchedule> years = new ArrayList<>();
        for (int year = today().getYear() - 1; year <= today().getYear() + 1; year++) {
            var response = as(ADMIN).get("/api/calendar/" + year).then();
            if (response.extract().statusCode() == 404) {
                continue;
            }
            var body = response.statusCode(200).extract().jsonPath();
            years.add(new YearSchedule(year,
                    new HashSet<>(body.getList("holidays", String.class).stream().map(LocalDate::parse).toList()),
                    new HashSet<>(body.getList("workdays", String.class).stream().map(LocalDate::parse).toList())));
        }
        return new WorkingDayCalendar(years);
    }

    /** Waits for the process's own timers (lapses) to move a case. */
    public static void awaitStatus(String id, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> status.equals(as(ADMIN).get("/api/applications/" + id).then().extract().path("status")));
    }

    public static ValidatableResponse get(String user, String id) {
        return as(user).get("/api/applications/" + id).then();
    }

    /** Every test signs in from one address: a test that fails sign-ins on purpose leaves none behind. */
    public static void forgetSignInFailures() {
        QuarkusTransaction.requiringNew().run(() -> AppUser.getEntityManager()
                .createNativeQuery("delete from sign_in_failure").executeUpdate());
    }
}
