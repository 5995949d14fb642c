package cn.gov.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class HandlerAndOfficePagesTest {

    @Test
    void theQueueListsSoonestDueFirstMarksOverdueAndPaused() {
        Api.Office office = Api.newOffice();
        String fresh = Api.registerAccepted(office, Api.today().toString());
        String late = Api.registerAccepted(office, Api.today().minusDays(60).toString());
        String paused = Api.registerAccepted(office, Api.today().toString());
        Api.act(office.office(), paused, "fee-notice",
                Map.of("on", Api.today().toString(), "method", "PER_VOLUME", "pages", 50)).statusCode(200);

        String queue = Browser.signedIn(office.handler(), Api.PASSWORD).get("/ui/queue")
                .then().statusCode(200).extract().asString();

        assertThat(queue).contains("<th scope=\"col\">申请编号</th>", "<th scope=\"col\">剩余工作日</th>");
        int lateAt = queue.indexOf(late);
        int freshAt = queue.indexOf(fresh);
        int pausedAt = queue.indexOf(paused);
        assertThat(lateAt).isPositive().isLessThan(freshAt);
        assertThat(freshAt).isLessThan(pausedAt);
        String lateRow = queue.substring(queue.lastIndexOf("<tr", lateAt), lateAt);
        assertThat(lateRow).contains("class=\"overdue");
        String pausedRow = queue.substring(pausedAt, queue.indexOf("</tr>", pausedAt));
        assertThat(pausedRow).contains("已暂停");
        String freshRow = queue.substring(freshAt, queue.indexOf("</tr>", freshAt));
        assertThat(freshRow).contains("<td class=\"days-left\">20</td>");
    }

    @Test
    void aDecisionThroughTheFormClosesTheCaseAndTheOfficeSeesItCounted() {
        Api.Office office = Api.newOffice();
        String id = Api.registerAccepted(office, Api.today().toString());
        String tracking = Api.get(office.clerk(), id).extract().path("trackingNumber");
        Browser handler = Browser.signedIn(office.handler(), Api.PASSWORD);
        String casePage = handler.get("/ui/applications/" + id).then().statusCode(200).extract().asString();
        assertThat(casePage).contains("作出答复", "答复结果", "答复日期", "（一）予以公开", ">予以公开</label>",
                "第三十六条第（二）项", "（三）不予公开", ">属于国家秘密</label>", "第十四条", "data-current-step=\"Task_HandleApplication\"")
                .doesNotContain("value=\"OTHER_NO_CORRECTION\"");

        Response decided = handler.submit("/ui/applications/" + id + "/decision",
                Map.of("on", Api.today().toString(), "outcome", "GRANTED"));

        assertThat(decided.statusCode()).isEqualTo(303);
        Api.get(office.clerk(), id).statusCode(200).body("status", equalTo("CLOSED")).body("outcome", equalTo("GRANTED"));

        Browser staff = Browser.signedIn(office.office(), Api.PASSWORD);
        int year = Api.today().getYear();
        String statistics = staff.get("/ui/statistics?year=" + year).then().statusCode(200).extract().asString();
        assertThat(statistics).contains(">年度</label>", "下载 XLSX", "下载 CSV", "打印版", ">校验</h2>",
                "row=GRANTED&amp;column=NATURAL_PERSON\" data-row=\"GRANTED\" data-column=\"NATURAL_PERSON\">1</a>");
        String cell = staff.get("/ui/statistics/" + year + "/cases?includeSubordinates=false&row=GRANTED&column=TOTAL")
                .then().statusCode(200).extract().asString();
        assertThat(cell).contains(tracking, "予以公开");
        Response xlsx = staff.get("/ui/statistics/" + year + "/table.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void theOfficeSeesTheFeeBeforeIssuingIt() {
        Api.Office office = Api.newOffice();
        String id = Api.registerAccepted(office, Api.today().toString());
        Browser staff = Browser.signedIn(office.office(), Api.PASSWORD);

        String preview = staff.get("/ui/applications/" + id + "/fee-preview?on=" + Api.today()
                + "&method=PER_VOLUME&pages=250").then().statusCode(200).extract().asString();

        assertThat(preview).contains("4700", "确认发出收费通知");
        Api.get(office.clerk(), id).statusCode(200).body("status", equalTo("IN_PROGRESS"));
        Response issued = staff.submit("/ui/applications/" + id + "/fee-notice",
                Map.of("on", Api.today().toString(), "method", "PER_VOLUME", "pages", "250"));
        assertThat(issued.statusCode()).isEqualTo(303);
        Api.get(office.clerk(), id).statusCode(200).body("status", equalTo("AWAITING_FEE"));
    }

    @Test
    void badAddressesAndParametersAnswerWithAPageNeverA500() {
        Api.Office office = Api.newOffice();
        Browser staff = Browser.signedIn(office.office(), Api.PASSWORD);

        assertThat(staff.get("/ui/statistics?year=abc").statusCode()).isEqualTo(400);
        assertThat(staff.asPage()).contains("请求有误", "退出登录");
        assertThat(staff.get("/ui/statistics/2025/cases?row=NOPE").statusCode()).isEqualTo(400);
        assertThat(staff.get("/ui/applications?status=NOPE").statusCode()).isEqualTo(400);
        assertThat(staff.get("/ui/applications/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(staff.follow(staff.get("/ui/applications/not-a-case")).statusCode()).isEqualTo(404);
        assertThat(staff.asPage()).contains("未找到所请求的页面");
        assertThat(staff.follow(staff.get("/ui/queue")).statusCode()).as("the queue is the handlers'").isEqualTo(403);
    }

    @Test
    void theOfficeRecordsAReconsiderationAndItsResult() {
        Api.Office office = Api.newOffice();
        String id = Api.registerAccepted(office, Api.today().toString());
        Browser staff = Browser.signedIn(office.office(), Api.PASSWORD);
        String casePage = staff.get("/ui/applications/" + id).then().statusCode(200).extract().asString();
        assertThat(casePage).contains("登记行政复议", "登记行政诉讼", "延长答复期限", "发出收费通知");
        Instant at = Instant.parse(Api.get(office.clerk(), id).extract().path("events[0].at"));
        String entered = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(ZoneId.of("Asia/Shanghai")));
        assertThat(casePage).as("entry times on Beijing's clock, not as UTC instants")
                .contains("<td class=\"hint\">" + entered + "</td>").doesNotContain("Z</td>");

        Response filed = staff.submit("/ui/applications/" + id + "/reviews",
                Map.of("kind", "RECONSIDERATION", "filedOn", Api.today().toString()));

        assertThat(filed.statusCode()).isEqualTo(303);
        long review = ((Number) Api.as(office.office()).get("/api/applications/" + id + "/reviews")
                .then().statusCode(200).extract().path("[0].id")).longValue();
        String withReview = staff.follow(filed).asString();
        assertThat(withReview).contains("行政复议和行政诉讼", "尚未审结", "登记结果");
        Response concluded = staff.submit("/ui/applications/" + id + "/reviews/" + review + "/result",
                Map.of("on", Api.today().toString(), "result", "MAINTAINED"));
        assertThat(concluded.statusCode()).isEqualTo(303);
        assertThat(staff.follow(concluded).asString()).contains("结果维持");
    }
}
