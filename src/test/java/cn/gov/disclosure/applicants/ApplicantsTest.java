package cn.gov.disclosure.applicants;

import static cn.gov.disclosure.support.Api.act;
import static cn.gov.disclosure.support.Api.as;
import static cn.gov.disclosure.support.Api.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.statistics.TableLayout;
import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.MailServer;
import cn.gov.disclosure.support.MailServer.InjectMailServer;
import cn.gov.disclosure.support.Tables;
import cn.gov.disclosure.support.TestClock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Applicants apply online, the agency confirms, and the applicant follows the application with
 * its reference and query code (CONTRACT "Applicants"): the period runs from the confirmation,
 * a wrong pair tells nothing, and no public answer carries the applicant's personal data.
 */
@QuarkusTest
@WithTestResource(value = MailServer.class, scope = TestResourceScope.GLOBAL)
class ApplicantsTest {

    private static final String ID_NUMBER = "110101199003074573";
    private static final String PHONE = "13912345678";
    private static final String EMAIL = "zhang.san@example.cn";
    private static final String ADDRESS = "北京市东城区某某街道1号";

    @Inject
    TestClock clock;

    @Inject
    PublicThrottle throttle;

    @InjectMailServer
    GreenMail mailServer;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theResponsePeriodRunsFromTheDayTheAgencyConfirms() {
        Api.Office office = Api.newOffice();
        LocalDate submitted = LocalDate.of(2026, 9, 25);
        LocalDate confirmed = LocalDate.of(2026, 9, 30);
        clock.moveTo(submitted);
        Map<String, String> pair = submit(office.agency());
        String id = Api.submissionOf(office, pair.get("reference"));

        status(pair).statusCode(200).body("status", equalTo("SUBMITTED_ONLINE"))
                .body("submittedOn", equalTo(submitted.toString())).body("receivedOn", nullValue())
                .body("responseDueOn", nullValue()).body("documents", empty());
        get(office.clerk(), id).body("allowedActions", equalTo(List.of("confirmation", "rejection")));
        act(office.clerk(), id, "acceptance", Map.of("department", office.department())).statusCode(409);

        clock.moveTo(confirmed);
        act(office.clerk(), id, "confirmation", Map.of("on", confirmed.toString())).statusCode(200)
                .body("status", equalTo("RECEIVED")).body("receivedOn", equalTo(confirmed.toString()))
                .body("trackingNumber", matchesPattern(office.agency() + "-2026-\\d{5}"));
        String dueFromConfirmation = get(office.clerk(), Api.register(office, confirmed.toString()))
                .extract().path("responseDueOn");
        String dueFromSubmission = get(office.clerk(), Api.register(office, submitted.toString()))
                .extract().path("responseDueOn");
        assertThat(dueFromConfirmation).isNotEqualTo(dueFromSubmission);
        status(pair).statusCode(200).body("status", equalTo("RECEIVED"))
                .body("receivedOn", equalTo(confirmed.toString()))
                .body("responseDueOn", equalTo(dueFromConfirmation))
                .body("explanation", matchesPattern(".*应于\\d{4}年\\d{1,2}月\\d{1,2}日前答复.*"))
                .body("documents.kind", equalTo(List.of("RECEIPT")));
    }

    @Test
    void aSubmissionCountsInNoTableUntilConfirmedAndARejectedOneNever() {
        Api.Office office = Api.newOffice();
        Map<String, String> rejected = submit(office.agency());
        submit(office.agency());
        String id = Api.submissionOf(office, rejected.get("reference"));

        as(office.clerk()).get("/api/applications?status=SUBMITTED_ONLINE").then().statusCode(200)
                .body("total", equalTo(2));
        act(office.clerk(), id, "rejection", Map.of("reason", "所提交内容为投诉，不是政府信息公开申请")).statusCode(200)
                .body("status", equalTo("REJECTED")).body("allowedActions", empty());

        status(rejected).statusCode(200).body("status", equalTo("REJECTED"))
                .body("explanation", matchesPattern(".*所提交内容为投诉.*"));
        int year = Api.today().getYear();
        List<Integer> received = as(office.office()).get("/api/statistics/" + year).then().statusCode(200)
                .extract().jsonPath().getList("rows." + TableLayout.NEW, Integer.class);
        assertThat(received.get(received.size() - 1)).as("received in the year").isZero();
        act(office.clerk(), id, "withdrawal", Map.of()).statusCode(409);
    }

    @Test
    void aWrongCodeAndAnUnknownReferenceGetTheSameAnswer() {
        Api.Office office = Api.newOffice();
        Map<String, String> pair = submit(office.agency());

        Response wrongCode = given().contentType(ContentType.JSON)
                .body(Map.of("reference", pair.get("reference"), "queryCode", "2222-2222-2222-2222"))
                .post("/api/public/status");
        Response unknownReference = given().contentType(ContentType.JSON)
                .body(Map.of("reference", "W20260101-" + UUID.randomUUID().toString().substring(0, 6),
                        "queryCode", pair.get("queryCode")))
                .post("/api/public/status");

        assertThat(wrongCode.statusCode()).isEqualTo(404);
        assertThat(unknownReference.statusCode()).isEqualTo(404);
        assertThat(wrongCode.asString()).isEqualTo(unknownReference.asString());
        assertThat(wrongCode.contentType()).isEqualTo(unknownReference.contentType());
        // The code is read as typed: any case, spaces and dashes anywhere.
        Map<String, String> typed = Map.of("reference", pair.get("reference").toLowerCase(),
                "queryCode", " " + pair.get("queryCode").replace("-", " ").toLowerCase());
        status(typed).statusCode(200);
    }

    @Test
    void repeatedWrongCodesForOneReferenceAreRefusedForAWhileEvenWithTheRightOne() {
        Api.Office office = Api.newOffice();
        Map<String, String> pair = submit(office.agency());
        Map<String, String> other = submit(office.agency());
        Map<String, String> wrong = Map.of("reference", pair.get("reference"), "queryCode", "2222-3333-4444-5555");
        for (int i = 0; i < 5; i++) {
            status(wrong).statusCode(404);
        }

        Response locked = given().contentType(ContentType.JSON).body(pair).post("/api/public/status");

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 3600L);
        status(other).statusCode(200);
    }

    @Test
    void anAddressThatUsedUpItsAttemptsIsRefusedOnEveryInstance() {
        String address = "lookup:" + UUID.randomUUID();
        PublicThrottle.Limit limit = new PublicThrottle.Limit(address, 3);
        throttle.check(limit);
        throttle.count(address);
        throttle.count(address);
        throttle.check(limit);
        // The counts live in the database, which every instance reads.
        throttle.count(address);

        assertThatThrownBy(() -> throttle.check(limit)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.TOO_MANY));
        throttle.check(new PublicThrottle.Limit("lookup:" + UUID.randomUUID(), 3));
    }

    @Test
    void theApplicantFetchesTheLettersAddressedToThemAndNoPublicAnswerCarriesPersonalData() {
        Api.Office office = Api.newOffice();
        Response submission = given().contentType(ContentType.JSON).body(application(office.agency()))
                .post("/api/public/applications");
        submission.then().statusCode(201);
        Map<String, String> pair = Map.of("reference", submission.path("reference"),
                "queryCode", submission.path("queryCode"));
        String id = Api.submissionOf(office, pair.get("reference"));
        String today = Api.today().toString();
        act(office.clerk(), id, "confirmation", Map.of("on", today)).statusCode(200);
        act(office.clerk(), id, "acceptance", Map.of("on", today, "department", office.department())).statusCode(200);
        act(office.handler(), id, "third-party-consultation", Map.of("on", today, "party", "某某有限公司"))
                .statusCode(200);
        act(office.handler(), id, "third-party-reply", Map.of("on", today, "consents", true)).statusCode(200);
        act(office.handler(), id, "decision", Map.of("on", today, "outcome", "GRANTED", "note", "内部备注：已核实"))
                .statusCode(200);

        Response status = given().contentType(ContentType.JSON).body(pair).post("/api/public/status");
        status.then().statusCode(200).body("status", equalTo("CLOSED")).body("outcome", equalTo("GRANTED"))
                .body("documents.kind", hasItem("DECISION"))
                .body("documents.kind", not(hasItem("CONSULTATION_LETTER")));
        String decision = status.jsonPath().getString("documents.find { it.kind == 'DECISION' }.number");
        byte[] pdf = given().contentType(ContentType.JSON).body(pair)
                .post("/api/public/documents/{number}", decision).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String thirdPartys = as(office.clerk()).get("/api/applications/" + id + "/documents").then().statusCode(200)
                .extract().path("items.find { it.kind == 'CONSULTATION_LETTER' }.number");
        given().contentType(ContentType.JSON).body(pair).post("/api/public/documents/{number}", thirdPartys)
                .then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("reference", pair.get("reference"), "queryCode", "X"))
                .post("/api/public/documents/{number}", decision).then().statusCode(404);

        for (String answer : List.of(submission.asString(), status.asString())) {
            assertThat(answer).doesNotContain(ID_NUMBER, PHONE, EMAIL, ADDRESS, "张三", office.handler(),
                    office.clerk(), "内部备注");
        }
    }

    @Test
    void aBadSubmissionIsRefusedWithTheFieldNamedAndStoresNothing() {
        Api.Office office = Api.newOffice();
        long cases = Tables.count("disclosure_case");
        Map<String, Object> noAgency = application(office.agency());
        noAgency.remove("agency");
        Map<String, Object> unknownAgency = application("NO-SUCH-AGENCY");
        Map<String, Object> noDescription = application(office.agency());
        noDescription.remove("description");

        for (Map<String, Object> body : List.of(noAgency, unknownAgency, noDescription)) {
            given().contentType(ContentType.JSON).body(body).post("/api/public/applications").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        Map<String, Map<String, String>> mistyped = Map.of(
                "applicant.idNumber", Map.of("type", "NATURAL_PERSON", "idNumber", "110101199003074574"),
                "applicant.phone", Map.of("type", "NATURAL_PERSON", "idNumber", ID_NUMBER, "phone", "1391234567"));
        Map<String, String> organisation = Map.of("type", "COMMERCIAL_ENTERPRISE", "idNumber", "91110000MA01ABCD2R");
        for (var applicant : List.of(mistyped.get("applicant.idNumber"), mistyped.get("applicant.phone"),
                organisation)) {
            Map<String, Object> body = application(office.agency());
            Map<String, String> fields = new HashMap<>(Map.of("name", "张三", "phone", PHONE));
            fields.putAll(applicant);
            body.put("applicant", fields);
            given().contentType(ContentType.JSON).body(body).post("/api/public/applications").then().statusCode(400)
                    .body("violations.field", equalTo(List.of(applicant.containsKey("phone") ? "applicant.phone"
                            : "applicant.idNumber")));
        }
        Map<String, Object> company = application(office.agency());
        company.put("applicant", Map.of("type", "COMMERCIAL_ENTERPRISE", "name", "某某有限公司",
                "idNumber", "91110000MA01ABCD2Q", "phone", "010-65123456"));
        given().contentType(ContentType.JSON).body(company).post("/api/public/applications").then().statusCode(201);
        cases++;
        given().contentType(ContentType.JSON).body(Map.of("reference", "x".repeat(33), "queryCode", "1"))
                .post("/api/public/status").then().statusCode(400).body("violations.field", hasItem("reference"));
        assertThat(Tables.count("disclosure_case")).isEqualTo(cases);
    }

    @Test
    void anAgencyThatTakesNoApplicationsOnlineIsNotOfferedAndRefusesThem() {
        Api.Office office = Api.newOffice();
        Map<String, Object> profile = new HashMap<>(Map.of("fullName", "某县档案馆", "documentPrefix", "县档",
                "reconsiderationBody", "某县人民政府", "court", "某县人民法院", "acceptsOnline", false));
        as(office.office()).body(profile).put("/api/agencies/" + office.agency() + "/profile").then().statusCode(200)
                .body("acceptsOnline", equalTo(false));
        long cases = Tables.count("disclosure_case");

        given().contentType(ContentType.JSON).body(application(office.agency())).post("/api/public/applications")
                .then().statusCode(400).body("violations.field", equalTo(List.of("agency")));
        assertThat(given().get("/apply").asString()).doesNotContain("value=\"" + office.agency() + "\"");
        assertThat(Tables.count("disclosure_case")).isEqualTo(cases);

        profile.remove("acceptsOnline");
        as(office.office()).body(profile).put("/api/agencies/" + office.agency() + "/profile").then().statusCode(200)
                .body("acceptsOnline", equalTo(true));
        assertThat(given().get("/apply").asString()).contains("value=\"" + office.agency() + "\"");
    }

    @Test
    void aRepeatedKeyAnswersTheSameApplicationWithACodeThatWorks() {
        Api.Office office = Api.newOffice();
        String key = UUID.randomUUID().toString();
        Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(application(office.agency())).post("/api/public/applications");
        Response again = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(application(office.agency())).post("/api/public/applications");

        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.<String> path("reference")).isEqualTo(first.path("reference"));
        status(Map.of("reference", again.path("reference"), "queryCode", again.path("queryCode"))).statusCode(200);
        status(Map.of("reference", first.path("reference"), "queryCode", first.path("queryCode"))).statusCode(404);
        as(office.clerk()).get("/api/applications?status=SUBMITTED_ONLINE").then().body("total", equalTo(1));
    }

    @Test
    void anApplicantWhoGaveAnAddressIsToldOfTheSubmissionAndOfItsConfirmationWithTheDueDate() {
        Api.Office office = Api.newOffice();
        Response submission = given().contentType(ContentType.JSON).body(application(office.agency()))
                .post("/api/public/applications");
        String reference = submission.path("reference");
        String code = submission.path("queryCode");
        String submitted = mailAbout(reference, "正在等待");
        String id = Api.submissionOf(office, reference);
        String today = Api.today().toString();
        String due = act(office.clerk(), id, "confirmation", Map.of("on", today)).statusCode(200)
                .extract().path("responseDueOn");

        LocalDate dueOn = LocalDate.parse(due);
        String confirmed = mailAbout(reference, "应于" + dueOn.getYear() + "年" + dueOn.getMonthValue() + "月"
                + dueOn.getDayOfMonth() + "日前答复");
        for (String mail : List.of(submitted, confirmed)) {
            assertThat(mail).contains("张三").doesNotContain(code, ID_NUMBER, PHONE, ADDRESS);
        }
    }

    /** The text of the mail to the applicant about {@code reference} that says {@code saying}, once it has come. */
    private String mailAbout(String reference, String saying) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(
                mailServer.getReceivedMessages())
                .filter(m -> recipient(m).equals(EMAIL)).map(ApplicantsTest::text)
                .filter(body -> body.contains(reference) && body.contains(saying)).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plain-text mail's text, decoded, with its subject. */
    private static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + message.getContent();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> application(String agency) {
        return new HashMap<>(Map.of("agency", agency,
                "applicant", Map.of("type", "NATURAL_PERSON", "name", "张三", "idNumber", ID_NUMBER, "phone", PHONE,
                        "email", EMAIL, "address", ADDRESS),
                "description", "本街道2025年老旧小区改造项目的资金使用情况", "deliveryForm", "EMAIL"));
    }

    private static Map<String, String> submit(String agency) {
        Map<String, String> pair = Api.submitOnline(agency);
        assertThat(pair.get("queryCode")).matches("([2-9A-HJKMNP-Z]{4}-){3}[2-9A-HJKMNP-Z]{4}");
        return pair;
    }

    private static io.restassured.response.ValidatableResponse status(Map<String, String> pair) {
        return given().contentType(ContentType.JSON).body(pair).post("/api/public/status").then();
    }
}
