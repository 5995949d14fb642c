package cn.gov.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.common.PageRequest;
import cn.gov.disclosure.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A service's refusal reaches a person at the web application in Chinese, in the terms of the
 * Regulations, while the API keeps answering with its English detail.
 */
@QuarkusTest
class RefusalsInChineseTest {

    private static final Pattern SUMMARY = Pattern.compile("<div class=\"error-summary\" role=\"alert\">(.*?)</div>",
            Pattern.DOTALL);

    @Test
    void aDateInTheFutureIsRefusedBesideTheField() {
        Api.Office office = Api.newOffice();
        String id = Api.registerAccepted(office, Api.today().toString());
        Browser handler = onCasePage(office.handler(), id);

        Response refused = handler.submit("/ui/applications/" + id + "/decision",
                Map.of("on", Api.today().plusDays(3).toString(), "outcome", "GRANTED"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains(
                "id=\"decision-on-error\">不得晚于今天（" + Api.today() + "）</p>");
        assertThat(summaryOf(refused)).isEqualTo("请更正以下问题 日期：不得晚于今天（" + Api.today() + "）");
        Api.get(office.clerk(), id).statusCode(200).body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void aCorrectionPeriodEndingOnTheDayOfTheRequestIsRefusedBesideTheField() {
        Api.Office office = Api.newOffice();
        String id = Api.registerAccepted(office, Api.today().toString());
        Browser clerk = onCasePage(office.clerk(), id);

        Response refused = clerk.submit("/ui/applications/" + id + "/correction-request",
                Map.of("on", Api.today().toString(), "items", "请提供身份证明", "dueOn", Api.today().toString()));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(summaryOf(refused))
                .isEqualTo("请更正以下问题 补正期限：应当晚于发出补正通知之日（" + Api.today() + "）");
    }

    @Test
    void aSecondCorrectionRequestIsRefusedUnderArticle30() {
        Api.Office office = Api.newOffice();
        String id = Api.registerAccepted(office, Api.today().toString());
        Api.act(office.clerk(), id, "correction-request", Map.of("on", Api.today().toString(),
                "items", List.of("请写明所需信息的文号"))).statusCode(200);
        Api.act(office.clerk(), id, "correction", Map.of("on", Api.today().toString())).statusCode(200);
        Browser clerk = onCasePage(office.clerk(), id);

        Response refused = clerk.submit("/ui/applications/" + id + "/correction-request",
                Map.of("on", Api.today().toString(), "items", "请提供身份证明"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(summaryOf(refused)).contains("当前状态下无法办理：本申请已要求过补正",
                "《政府信息公开条例》第三十条", "一次性告知");
    }

    @Test
    void anExtensionIsRefusedAfterThePeriodEnded() {
        Api.Office office = Api.newOffice();
        String id = Api.registerAccepted(office, Api.today().minusDays(60).toString());
        String dueOn = Api.get(office.clerk(), id).statusCode(200).extract().path("responseDueOn");
        Browser staff = onCasePage(office.office(), id);

        Response refused = staff.submit("/ui/applications/" + id + "/extension",
                Map.of("on", Api.today().toString(), "reason", "需调取档案"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(summaryOf(refused)).contains("答复期限已于 " + dueOn + " 届满", "《政府信息公开条例》第三十三条",
                "延长答复期限", "政府信息公开工作机构负责人");
    }

    @Test
    void aSecondExtensionIsRefused() {
        Api.Office office = Api.newOffice();
        String id = Api.registerAccepted(office, Api.today().toString());
        Api.act(office.office(), id, "extension", Map.of("on", Api.today().toString(), "reason", "需调取档案"))
                .statusCode(200);
        Browser staff = onCasePage(office.office(), id);

        Response refused = staff.submit("/ui/applications/" + id + "/extension",
                Map.of("on", Api.today().toString(), "reason", "仍需调取档案"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(summaryOf(refused)).contains("答复期限只能延长一次", "第三十三条");
    }

    @Test
    void anActionThatDoesNotFitTheStateIsRefused() {
        Api.Office office = Api.newOffice();
        String id = Api.registerAccepted(office, Api.today().toString());
        Browser clerk = onCasePage(office.clerk(), id);

        Response refused = clerk.submit("/ui/applications/" + id + "/acceptance",
                Map.of("on", Api.today().toString(), "department", office.department()));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(summaryOf(refused)).contains("此项操作不适用于本申请当前的办理状态");
    }

    @Test
    void aCaseWithoutADueDateSaysWhyInChineseAndCannotBeExtended() {
        Api.Office office = Api.newOffice();
        // No test loads 2019: a case received late in 2018 has a period running into an unloaded year.
        Api.as(Api.ADMIN).body(Map.of("year", 2018, "holidays", List.of(), "workdays", List.of()))
                .put("/api/calendar/2018").then().statusCode(200);
        String id = Api.registerAccepted(office, "2018-12-20");
        Browser staff = Browser.signedIn(office.office(), Api.PASSWORD);
        assertThat(staff.get("/ui/applications/" + id).asString()).contains("工作日历尚未载入")
                .doesNotContain("No working-day calendar");

        Response refused = staff.submit("/ui/applications/" + id + "/extension",
                Map.of("on", "2018-12-20", "reason", "需调取档案"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(summaryOf(refused)).contains("本申请尚未确定答复期限", "无法延长答复期限");
    }

    @Test
    void aRefusalOutsideAFormIsAChinesePage() {
        Api.Office office = Api.newOffice();
        Browser staff = Browser.signedIn(office.office(), Api.PASSWORD);

        Response unknownRow = staff.get("/ui/statistics/2025/cases?row=NOPE");

        assertThat(unknownRow.statusCode()).isEqualTo(400);
        assertThat(summaryOf(unknownRow)).isEqualTo("统计表的行：统计表中没有这一行");
        Response unknownCase = staff.get("/ui/applications/" + java.util.UUID.randomUUID());
        assertThat(unknownCase.statusCode()).isEqualTo(404);
        assertThat(summaryOf(unknownCase)).isEqualTo("未找到该政府信息公开申请，或者您无权查看");
    }

    @Test
    void aPageNumberBeyondTheListIsRefusedOnAChinesePage() {
        Api.Office office = Api.newOffice();
        long deepest = PageRequest.MAX_OFFSET / PageRequest.DEFAULT_SIZE;
        // page × size overflowed an int inside the query, which answered 500 in JSON.
        Response list = Browser.signedIn(office.clerk(), Api.PASSWORD).get("/ui/applications?page=107374183");
        assertThat(list.statusCode()).isEqualTo(400);
        assertThat(summaryOf(list)).isEqualTo("页码：应在 0 至 " + deepest + " 之间");

        Response queue = Browser.signedIn(office.handler(), Api.PASSWORD).get("/ui/queue?page=2147483647");
        assertThat(queue.statusCode()).isEqualTo(400);
        assertThat(summaryOf(queue)).isEqualTo("页码：应在 0 至 " + deepest + " 之间");
    }

    @Test
    void tooManyPagesAreRefusedBesideTheField() {
        Api.Office office = Api.newOffice();
        // 2147483647 pages overflowed the fee column: a 500, and as JSON.
        String refused = refusedOnTheForm(office, office.office(), "fee-notice",
                Map.of("on", Api.today().toString(), "method", "PER_VOLUME", "pages", "2147483647"));

        assertThat(refused).contains("id=\"fee-notice-pages-error\">不能超过 1000000 页</p>");
    }

    @Test
    void aDueDateBeyondTheWindowIsRefusedBesideTheField() {
        Api.Office office = Api.newOffice();
        // The timer's year overflowed: a 500, and as JSON.
        String refused = refusedOnTheForm(office, office.clerk(), "correction-request",
                Map.of("on", Api.today().toString(), "items", "请提供身份证明", "dueOn", "+999999999-12-31"));

        assertThat(refused).containsPattern("id=\"correction-request-dueOn-error\">不得晚于 \\d{4}-\\d{2}-\\d{2}</p>");
    }

    @Test
    void aDescriptionAsLongAsTheApiTakesIsRegisteredAndAnOverlongFormIsRefusedInChinese() {
        Api.Office office = Api.newOffice();
        Browser clerk = Browser.signedIn(office.clerk(), Api.PASSWORD);
        Map<String, String> registration = Map.of("applicant.type", "NATURAL_PERSON", "applicant.name", "张三",
                "channel", "IN_PERSON", "receivedOn", Api.today().toString(), "deliveryForm", "PAPER");
        Map<String, String> longest = new HashMap<>(registration);
        // 228 Chinese characters were more than the form's 2,048 bytes.
        longest.put("description", "描".repeat(10_000));
        clerk.get("/ui/applications/new");
        assertThat(clerk.submit("/ui/applications", longest).statusCode()).isEqualTo(303);

        Map<String, String> overlong = new HashMap<>(registration);
        overlong.put("description", "描".repeat(20_000));
        clerk.get("/ui/applications/new");
        Response refused = clerk.follow(clerk.submit("/ui/applications", overlong));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(summaryOf(refused)).contains("过长");
        Api.as(office.clerk()).get("/api/applications").then().body("total", equalTo(1));
    }

    @Test
    void theApiKeepsItsEnglishDetail() {
        Api.Office office = Api.newOffice();
        String id = Api.registerAccepted(office, Api.today().toString());
        Api.act(office.clerk(), id, "correction-request", Map.of("on", Api.today().toString(),
                "items", List.of("请写明所需信息的文号"))).statusCode(200);
        Api.act(office.clerk(), id, "correction", Map.of("on", Api.today().toString())).statusCode(200);

        Api.act(office.clerk(), id, "correction-request", Map.of("on", Api.today().toString(),
                "items", List.of("请提供身份证明"))).statusCode(409)
                .body("detail", equalTo("A correction may be requested only once (Art 30 一次性告知)"))
                .body(not(containsString("第三十条")));
        Api.act(office.handler(), id, "decision", Map.of("on", Api.today().plusDays(3).toString(),
                "outcome", "GRANTED")).statusCode(400)
                .body("detail", equalTo("on: may not lie in the future"))
                .body("violations[0].message", equalTo("may not lie in the future"))
                .body(not(containsString("不得晚于今天")));
    }

    /** The page answering an action's form on an accepted case with a 400, the case left as it was. */
    private static String refusedOnTheForm(Api.Office office, String username, String action,
            Map<String, String> fields) {
        String id = Api.registerAccepted(office, Api.today().toString());
        Response refused = onCasePage(username, id).submit("/ui/applications/" + id + "/" + action, fields);

        assertThat(refused.statusCode()).isEqualTo(400);
        Api.get(office.clerk(), id).statusCode(200).body("status", equalTo("IN_PROGRESS")).body("events.size()",
                equalTo(2));
        return refused.asString();
    }

    /** Signs in and opens the case page, as a person does before using its forms (and their CSRF token). */
    private static Browser onCasePage(String username, String id) {
        Browser browser = Browser.signedIn(username, Api.PASSWORD);
        browser.get("/ui/applications/" + id);
        return browser;
    }

    /** The text of the refusal at the top of the page, tags dropped: it must be Chinese, not English. */
    private static String summaryOf(Response page) {
        Matcher summary = SUMMARY.matcher(page.asString());
        assertThat(summary.find()).as("the page shows a refusal").isTrue();
        String text = summary.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
        assertThat(text).as("no English in the refusal").doesNotContainPattern("[A-Za-z]");
        return text;
    }
}
