package cn.gov.disclosure.applicants;

import static cn.gov.disclosure.support.Api.act;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Tables;
import cn.gov.disclosure.web.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The applicants' pages as a browser uses them: apply, keep the reference and query code, follow
 * the application and download its letters; in Chinese, without sign-in, and with a form that
 * no other site and no robot can post.
 */
@QuarkusTest
class ApplicantPagesTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"form-token\" value=\"([^\"]+)\"");
    private static final Pattern SUBMISSION = Pattern.compile("name=\"submission\" value=\"([^\"]+)\"");
    private static final Pattern REFERENCE = Pattern.compile("<dd class=\"reference\">([^<]+)</dd>");
    private static final Pattern CODE = Pattern.compile("<dd class=\"query-code\">([^<]+)</dd>");
    private static final String ID_NUMBER = "110101199003074573";

    /** A browser's visit: the form page's cookie and token. */
    private record Visit(String cookie, String token, String submission) {

        static Visit of(String path) {
            Response page = given().get(path);
            page.then().statusCode(200).contentType(containsString("text/html"))
                    .header("Cache-Control", "no-store")
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .body(not(containsString("退出登录")));
            Matcher submission = SUBMISSION.matcher(page.asString());
            return new Visit(page.cookie("applicant-form"), group(TOKEN, page.asString()),
                    submission.find() ? submission.group(1) : null);
        }

        Response post(String path, Map<String, String> fields) {
            Map<String, String> form = new HashMap<>(fields);
            form.put("form-token", token);
            if (submission != null) {
                form.putIfAbsent("submission", submission);
            }
            return given().cookie("applicant-form", cookie).formParams(form).post(path);
        }
    }

    @Test
    void anApplicantAppliesKeepsTheCodeAndFollowsTheApplicationToItsLetters() {
        Api.Office office = Api.newOffice();
        Visit visit = Visit.of("/apply");
        assertThat(given().get("/apply").asString()).contains("<option value=\"" + office.agency() + "\"");

        String submitted = visit.post("/apply", application(office.agency())).then().statusCode(200)
                .body(containsString("申请已提交")).extract().asString();
        String reference = group(REFERENCE, submitted);
        String code = group(CODE, submitted);
        Visit status = Visit.of("/status");
        status.post("/status", Map.of("reference", reference, "queryCode", code)).then().statusCode(200)
                .body(containsString("正在等待")).body(not(containsString(ID_NUMBER)))
                .body(not(containsString("13912345678")));

        String id = Api.submissionOf(office, reference);
        // The clerk's case page: no receipt and no process yet, the two answers a submission takes.
        Browser.signedIn(office.clerk(), Api.PASSWORD).get("/ui/applications/" + id).then().statusCode(200)
                .body(containsString("待确认（确认之日为收到申请之日）")).body(containsString("流程尚未开始"))
                .body(not(containsString("/receipt\""))).body(containsString("确认网上申请"))
                .body(containsString("不予确认"));
        String today = Api.today().toString();
        act(office.clerk(), id, "confirmation", Map.of("on", today)).statusCode(200);
        act(office.clerk(), id, "acceptance", Map.of("on", today, "department", office.department())).statusCode(200);
        act(office.handler(), id, "decision", Map.of("on", today, "outcome", "GRANTED")).statusCode(200);
        String page = status.post("/status", Map.of("reference", reference, "queryCode", code)).then()
                .statusCode(200).body(containsString("办结")).extract().asString();
        Matcher letter = Pattern.compile(
                "action=\"/status/documents/([^\"]+)\"[^<]*(?:<[^b][^<]*)*<button[^>]*>下载《([^》]+)》").matcher(page);
        Map<String, String> letters = new HashMap<>();
        while (letter.find()) {
            letters.put(letter.group(2), letter.group(1));
        }
        assertThat(letters).hasSize(2);
        String decision = letters.entrySet().stream().filter(e -> !e.getKey().contains("回执")).findFirst()
                .orElseThrow().getValue();
        byte[] pdf = status.post("/status/documents/" + decision, Map.of("reference", reference, "queryCode", code))
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        status.post("/status", Map.of("reference", reference, "queryCode", "2222-2222-2222-2222")).then()
                .statusCode(404).body(containsString("申请编号或者查询码不正确"));
    }

    @Test
    void aMistypedIdentityNumberIsShownBesideItsFieldAndNothingIsStored() {
        Api.Office office = Api.newOffice();
        long cases = Tables.count("disclosure_case");
        Map<String, String> fields = application(office.agency());
        fields.put("applicant.idNumber", "110101199003074574");

        Visit.of("/apply").post("/apply", fields).then().statusCode(400)
                .body(containsString("身份证号码有误")).body(containsString("aria-invalid=\"true\""))
                .body(containsString("value=\"110101199003074574\""));

        assertThat(Tables.count("disclosure_case")).isEqualTo(cases);
    }

    @Test
    void aFormFromAnotherSiteOrFilledInByARobotDoesNothing() {
        Api.Office office = Api.newOffice();
        long cases = Tables.count("disclosure_case");
        Visit visit = Visit.of("/apply");
        Map<String, String> byRobot = application(office.agency());
        byRobot.put("website", "https://spam.example");

        visit.post("/apply", byRobot).then().statusCode(403).body(containsString("页面已失效"));
        // Another site's page carries the token its author was given, not the one of this browser's cookie.
        Visit attacker = Visit.of("/apply");
        given().cookie("applicant-form", visit.cookie()).formParams(Map.of("form-token", attacker.token()))
                .formParams(application(office.agency())).post("/apply").then().statusCode(403);
        given().header("Origin", "https://elsewhere.example").cookie("applicant-form", visit.cookie())
                .formParams(Map.of("form-token", visit.token())).formParams(application(office.agency()))
                .post("/apply").then().statusCode(403);
        given().formParams(application(office.agency())).post("/apply").then().statusCode(403);

        assertThat(Tables.count("disclosure_case")).isEqualTo(cases);
    }

    private static Map<String, String> application(String agency) {
        return new HashMap<>(Map.of("agency", agency, "applicant.type", "NATURAL_PERSON", "applicant.name", "张三",
                "applicant.idNumber", ID_NUMBER, "applicant.phone", "13912345678",
                "description", "本街道2025年老旧小区改造项目的资金使用情况", "deliveryForm", "EMAIL"));
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }
}
