package cn.gov.disclosure.report;

import static cn.gov.disclosure.support.Api.act;
import static cn.gov.disclosure.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/** The fees derived for 六, the checks of 二, what is refused, and who sees which agency's report. */
@QuarkusTest
class ReportRulesTest {

    @Test
    void aYearWithTwoPaidFeesAndALapseProposesASentenceStatingThem() {
        Office office = Api.newOffice();
        BigDecimal charged = BigDecimal.ZERO;
        BigDecimal collected = BigDecimal.ZERO;
        for (int pages : List.of(120, 250)) {
            BigDecimal fee = notifiedFee(office, pages);
            charged = charged.add(fee);
            collected = collected.add(fee);
        }
        charged = charged.add(notifiedFee(office, 300));
        // The third notice goes unpaid: the case closes when its period ends (三（六）2).
        JsonPath report = as(office.office()).get("/api/reports/2024").then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("feesDerived.notices.count")).isEqualTo(3);
        assertThat(new BigDecimal(report.getString("feesDerived.notices.yuan"))).isEqualByComparingTo(charged);
        assertThat(report.getInt("feesDerived.payments.count")).isEqualTo(2);
        assertThat(new BigDecimal(report.getString("feesDerived.payments.yuan"))).isEqualByComparingTo(collected);
        assertThat(report.getInt("feesDerived.lapsed")).isEqualTo(1);
        assertThat(report.getString("feesDerived.proposedSentence"))
                .isEqualTo("2024年，本机关共发出收费通知3件，金额合计" + yuan(charged) + "元；实际收取信息处理费2件，共计"
                        + yuan(collected) + "元；申请人逾期未按收费通知要求缴纳费用、不再处理的政府信息公开申请1件。");
        as(office.office()).get("/api/reports/2023").then().statusCode(200)
                .body("feesDerived.proposedSentence", equalTo("2023年，本机关没有收取信息处理费。"));
    }

    @Test
    void badFiguresAreRefusedWithTheFieldNamedAndNothingKept() {
        Office office = Api.newOffice();
        Map<String, Object> kept = report("总体情况。", 3, "12.50");
        as(office.office()).body(kept).put("/api/reports/2024").then().statusCode(200);

        refused(office, report("改了。", -1, "12.50"), "proactive.licensing");
        refused(office, report("改了。", 3, "12.345"), "proactive.feesTenThousandYuan");
        refused(office, report("改了。", 3, "-0.01"), "proactive.feesTenThousandYuan");
        refused(office, report("改了。", 3, "1000000000000"), "proactive.feesTenThousandYuan");
        refused(office, report("字".repeat(ReportTexts.MAX_LENGTH + 1), 3, "12.50"), "overview");
        Map<String, Object> documents = report("改了。", 3, "12.50");
        documents.put("proactive", Map.of("regulations", Map.of("issued", -2), "licensing", 3));
        refused(office, documents, "proactive.regulations.issued");
        as(office.office()).contentType("application/json").body("{\"proactive\": {\"licensing\": \"many\"}}")
                .put("/api/reports/2024").then().statusCode(400).contentType("application/problem+json");

        as(office.office()).get("/api/reports/2024").then().statusCode(200)
                .body("overview", equalTo("总体情况。"))
                .body("proactive.licensing", equalTo(3))
                .body("proactive.feesTenThousandYuan", equalTo("12.50"));
    }

    @Test
    void inForceFollowsLastYearsReportWhenItIsKept() {
        Office office = Api.newOffice();
        Map<String, Object> lastYear = report("上一年。", 1, "0");
        lastYear.put("proactive", proactive(8, 1, "0"));
        as(office.office()).body(lastYear).put("/api/reports/2023").then().statusCode(200);
        Map<String, Object> thisYear = report("本年。", 1, "0");
        thisYear.put("proactive", proactive(9, 1, "0"));
        as(office.office()).body(thisYear).put("/api/reports/2024").then().statusCode(200)
                .body("checks.find { it.rule == 'IN_FORCE_FOLLOWS_LAST_YEAR' }.holds", equalTo(true));

        thisYear.put("proactive", proactive(10, 1, "0"));
        as(office.office()).body(thisYear).put("/api/reports/2024").then().statusCode(200)
                .body("checks.find { it.rule == 'IN_FORCE_FOLLOWS_LAST_YEAR' }.holds", equalTo(false))
                .body("checks.find { it.rule == 'IN_FORCE_FOLLOWS_LAST_YEAR' }.detail",
                        equalTo("normativeDocuments: 8 + 1 − 0 ≠ 10"));
        // The export says which check fails, and is served all the same.
        as(office.office()).get("/api/reports/2024/report.html").then().statusCode(200)
                .header(ReportFiles.FAILING_CHECKS, containsString("IN_FORCE_FOLLOWS_LAST_YEAR"))
                .body(containsString("normativeDocuments: 8 + 1 − 0 ≠ 10"));
        // Without last year's report there is nothing to compare; a figure not keyed in fails its check.
        as(office.office()).body(Map.of("overview", "只有文字。")).put("/api/reports/2022").then().statusCode(200)
                .body("checks.find { it.rule == 'IN_FORCE_FOLLOWS_LAST_YEAR' }.holds", equalTo(true))
                .body("checks.find { it.rule == 'PROACTIVE_FIGURES' }.holds", equalTo(false));
    }

    @Test
    void aParentConsolidatesSectionTwoOverItsSubordinatesWithItsOwnTexts() {
        Office county = Api.newOffice();
        Office bureau = Api.newOffice(county.agency());
        as(county.office()).body(report("县政府的总体情况。", 5, "1.25")).put("/api/reports/2024").then().statusCode(200);
        as(bureau.office()).body(report("局的总体情况。", 7, "2.50")).put("/api/reports/2024").then().statusCode(200);

        as(county.office()).queryParam("includeSubordinates", true).get("/api/reports/2024").then().statusCode(200)
                .body("includeSubordinates", equalTo(true))
                .body("overview", equalTo("县政府的总体情况。"))
                .body("proactive.licensing", equalTo(12))
                .body("proactive.normativeDocuments.inForce", equalTo(2))
                .body("proactive.feesTenThousandYuan", equalTo("3.75"));
        String html = as(county.office()).queryParam("includeSubordinates", true).get("/api/reports/2024/report.html")
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("县政府的总体情况。").doesNotContain("局的总体情况。").contains(">3.75<");
    }

    @Test
    void onlyTheOfficeOfTheAgencyAndAdminsSeeOrChangeTheReport() {
        Office office = Api.newOffice();
        Office other = Api.newOffice();
        as(office.office()).body(report("本机关的。", 1, "0")).put("/api/reports/2024").then().statusCode(200);

        as(other.office()).queryParam("agency", office.agency()).get("/api/reports/2024").then().statusCode(403)
                .contentType("application/problem+json");
        as(other.office()).queryParam("agency", office.agency()).body(report("别人的。", 1, "0"))
                .put("/api/reports/2024").then().statusCode(403);
        as(other.office()).queryParam("agency", office.agency()).get("/api/reports/2024/report.docx").then()
                .statusCode(403);
        as(office.clerk()).get("/api/reports/2024").then().statusCode(403);
        as(office.handler()).get("/api/reports/2024/report.pdf").then().statusCode(403);
        RestAssured.given().get("/api/reports/2024").then().statusCode(401);
        as(Api.ADMIN).queryParam("agency", "NO-SUCH-AGENCY").get("/api/reports/2024").then().statusCode(404)
                .contentType("application/problem+json");
        as(Api.ADMIN).get("/api/reports/2024").then().statusCode(400).body("violations.field", hasItem("agency"));

        as(Api.ADMIN).queryParam("agency", office.agency()).get("/api/reports/2024").then().statusCode(200)
                .body("overview", equalTo("本机关的。"))
                .body("changedBy", equalTo(office.office()));
        as(other.office()).get("/api/reports/2024").then().statusCode(200)
                .body("overview", nullValue()).body("changedBy", nullValue());
    }

    /** A fee notice of {@code pages} in 2024; the fee it charged. Paid unless {@code pages} is 300. */
    private static BigDecimal notifiedFee(Office office, int pages) {
        String id = Api.registerAccepted(office, "2024-03-04");
        String fee = act(office.office(), id, "fee-notice", Map.of("on", "2024-03-05", "method", "PER_VOLUME",
                "pages", pages)).statusCode(200).extract().path("fee.amount").toString();
        Api.awaitStatus(id, "CLOSED");
        if (pages != 300) {
            act(office.office(), id, "fee-payment", Map.of("on", "2024-03-12")).statusCode(200);
        }
        return new BigDecimal(fee);
    }

    private static String yuan(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0).toPlainString()
                : amount.setScale(2).toPlainString();
    }

    private static void refused(Office office, Map<String, Object> body, String field) {
        as(office.office()).body(body).put("/api/reports/2024").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo(field));
    }

    private static Map<String, Object> report(String overview, int licensing, String fees) {
        Map<String, Object> report = new HashMap<>();
        report.put("overview", overview);
        report.put("proactive", Map.of("regulations", Map.of("issued", 0, "repealed", 0, "inForce", 0),
                "normativeDocuments", Map.of("issued", 1, "repealed", 0, "inForce", 1),
                "licensing", licensing, "penalties", 0, "enforcement", 0, "feesTenThousandYuan", fees));
        report.put("problems", "问题。");
        report.put("other", "其他。");
        return report;
    }

    private static Map<String, Object> proactive(int inForce, int issued, String fees) {
        return Map.of("regulations", Map.of("issued", 0, "repealed", 0, "inForce", 0),
                "normativeDocuments", Map.of("issued", issued, "repealed", 0, "inForce", inForce),
                "licensing", 0, "penalties", 0, "enforcement", 0, "feesTenThousandYuan", fees);
    }
}
