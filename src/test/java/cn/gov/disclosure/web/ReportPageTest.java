package cn.gov.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * 年度报告 for the office: the form for 一, 二, 五 and 六, the fee sentence taken into 六, the
 * checks, the preview of the whole report and its downloads; a bad figure comes back beside its field.
 */
@QuarkusTest
class ReportPageTest {

    @Test
    void theOfficeWritesItsReportTakesTheFeeSentenceAndDownloadsIt() {
        Api.Office office = Api.newOffice();
        Browser browser = Browser.signedIn(office.office(), Api.PASSWORD);
        Response chosen = browser.get("/ui/reports?year=2024");
        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(chosen.header("Location")).endsWith("/ui/reports/2024");
        String page = browser.follow(chosen).then().statusCode(200).extract().asString();
        assertThat(page).contains("<a href=\"/ui/reports\">年度报告</a>", "一、总体情况", "规章：本年制发件数",
                "将建议表述加入第六部分", "2024年，本机关没有收取信息处理费。", "预览：",
                "三、收到和处理政府信息公开申请情况", "href=\"/ui/reports/2024/report.docx\"");

        Map<String, String> fields = form("全年办结申请。", "3");
        fields.put("action", "take-fee-sentence");
        Response offered = browser.submit("/ui/reports/2024", fields);
        assertThat(offered.statusCode()).isEqualTo(200);
        assertThat(offered.asString()).contains(">其他事项。\n2024年，本机关没有收取信息处理费。</textarea>");
        Api.as(office.office()).get("/api/reports/2024").then().statusCode(200).body("changedBy", nullValue());

        Response saved = browser.submit("/ui/reports/2024", form("全年办结申请。", "3"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(browser.follow(saved).asString()).contains("已保存。", "全年办结申请。", "value=\"3\"");
        Api.as(office.office()).get("/api/reports/2024").then().statusCode(200)
                .body("proactive.licensing", equalTo(3)).body("overview", equalTo("全年办结申请。"));

        byte[] docx = browser.get("/ui/reports/2024/report.docx").then().statusCode(200).extract().asByteArray();
        assertThat(docx).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void aBadFigureComesBackBesideItsFieldAndNothingIsSaved() {
        Api.Office office = Api.newOffice();
        Browser browser = Browser.signedIn(office.office(), Api.PASSWORD);
        browser.get("/ui/reports/2024").then().statusCode(200);

        Response negative = browser.submit("/ui/reports/2024", form("改过的。", "-3"));
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.asString()).contains("应为 0 或正整数", "改过的。");
        Map<String, String> amount = form("改过的。", "3");
        amount.put("proactive.feesTenThousandYuan", "12.345");
        Response refused = browser.submit("/ui/reports/2024", amount);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("应为以万元为单位的金额");
        Map<String, String> words = form("改过的。", "三");
        assertThat(browser.submit("/ui/reports/2024", words).asString()).contains("请填写整数");

        Api.as(office.office()).get("/api/reports/2024").then().statusCode(200).body("overview", nullValue());
    }

    private static Map<String, String> form(String overview, String licensing) {
        return new HashMap<>(Map.ofEntries(Map.entry("overview", overview),
                Map.entry("proactive.regulations.issued", "0"), Map.entry("proactive.regulations.repealed", "0"),
                Map.entry("proactive.regulations.inForce", "0"), Map.entry("proactive.normativeDocuments.issued", "1"),
                Map.entry("proactive.normativeDocuments.repealed", "0"),
                Map.entry("proactive.normativeDocuments.inForce", "1"), Map.entry("proactive.licensing", licensing),
                Map.entry("proactive.penalties", "0"), Map.entry("proactive.enforcement", "0"),
                Map.entry("proactive.feesTenThousandYuan", "0.50"), Map.entry("problems", "问题。"),
                Map.entry("other", "其他事项。")));
    }
}
