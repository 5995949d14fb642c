package cn.gov.disclosure.documents;

import static cn.gov.disclosure.support.Api.act;
import static cn.gov.disclosure.support.Api.as;
import static cn.gov.disclosure.support.Api.awaitStatus;
import static cn.gov.disclosure.support.Api.register;
import static cn.gov.disclosure.support.Api.registerAccepted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.disclosure.cases.Outcome;
import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import cn.gov.disclosure.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every step the Regulations require in writing issues its letter: numbered per agency, kind and
 * year without gaps, addressed, dated in Chinese, citing its article, and for a decision the
 * remedy clause in force on its date. The letters are read back from their PDFs as issued.
 */
@QuarkusTest
class LettersTest {

    @Inject
    TestClock clock;

    private Office office;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @BeforeEach
    void anAgencyWithItsProfile() {
        office = Api.newOffice();
        as(office.office()).body(Map.of("fullName", "宁晋县人民政府办公室", "documentPrefix", "宁政办",
                "address", "宁晋县凤凰路1号", "postcode", "055550", "phone", "0319-5822222",
                "reconsiderationBody", "宁晋县人民政府", "court", "宁晋县人民法院"))
                .put("/api/agencies/" + office.agency() + "/profile").then().statusCode(200);
    }

    @Test
    void eachStepIssuesItsLetterNumberedAddressedAndDated() {
        String id = register(office, "2025-03-03");
        act(office.clerk(), id, "correction-request", Map.of("on", "2025-03-05", "items",
                List.of("请写明所需信息的文号", "请补充联系地址"), "dueOn", "2025-03-20")).statusCode(200);
        // Keyed in long after, each period has ended and lapses at once; what is dated inside it revokes that.
        awaitStatus(id, "CLOSED");
        act(office.clerk(), id, "correction", Map.of("on", "2025-03-10")).statusCode(200);
        act(office.clerk(), id, "acceptance", Map.of("on", "2025-03-10", "department", office.department()))
                .statusCode(200);
        act(office.handler(), id, "third-party-consultation", Map.of("on", "2025-03-11", "party", "某某建筑有限公司"))
                .statusCode(200);
        awaitStatus(id, "IN_PROGRESS");
        act(office.handler(), id, "third-party-reply", Map.of("on", "2025-03-14", "consents", false))
                .statusCode(200);
        String extendedTo = act(office.office(), id, "extension", Map.of("on", "2025-03-17", "reason",
                "需要调取多个年度的档案")).statusCode(200).extract().path("responseDueOn");
        act(office.office(), id, "fee-notice", Map.of("on", "2025-03-18", "method", "PER_VOLUME", "pages", 120))
                .statusCode(200);
        awaitStatus(id, "CLOSED");
        act(office.office(), id, "fee-payment", Map.of("on", "2025-03-19")).statusCode(200);
        act(office.handler(), id, "decision", Map.of("on", "2025-04-01", "outcome", "PARTIALLY_GRANTED",
                "reasons", "其中第三方的商业信息不予公开")).statusCode(200);

        JsonPath documents = documents(id);
        assertThat(documents.getList("items.kind", String.class)).containsExactly("RECEIPT", "CORRECTION_NOTICE",
                "CONSULTATION_LETTER", "CONSULTATION_NOTICE", "EXTENSION_NOTICE", "FEE_NOTICE", "DECISION");
        assertThat(documents.getList("items.number", String.class)).containsExactly("宁政办收〔2025〕1号",
                "宁政办补〔2025〕1号", "宁政办征〔2025〕1号", "宁政办征告〔2025〕1号", "宁政办延〔2025〕1号",
                "宁政办费〔2025〕1号", "宁政办答〔2025〕1号");
        assertThat(documents.getList("items.recipient", String.class)).containsExactly("张三", "张三", "某某建筑有限公司",
                "张三", "张三", "张三", "张三");

        List<String> texts = documents.getList("items.id", String.class).stream().map(LettersTest::pdfText).toList();
        for (int i = 0; i < texts.size(); i++) {
            assertThat(texts.get(i)).as("letter %d", i).contains("宁晋县人民政府办公室",
                    documents.getString("items[" + i + "].number"), documents.getString("items[" + i + "].title"));
        }
        assertThat(texts.get(0)).contains("张三：", "2025年3月3日", "个工作日内作出答复");
        assertThat(texts.get(1)).contains("张三：", "2025年3月3日", "第三十条", "1. 请写明所需信息的文号",
                "2. 请补充联系地址", "请于2025年3月20日前", "2025年3月5日");
        // To the third party: what was asked, never who asked.
        assertThat(texts.get(2)).contains("某某建筑有限公司：", "第三十二条", "宁晋县凤凰路1号").doesNotContain("张三");
        assertThat(texts.get(3)).contains("张三：", "第三十三条第三款").doesNotContain("某某建筑有限公司");
        assertThat(texts.get(4)).contains("需要调取多个年度的档案", "第三十三条第二款", "延长20个工作日",
                "本机关将于" + chinese(extendedTo) + "前作出答复");
        assertThat(texts.get(5)).contains("国办函〔2020〕109号", "人民币", "元");
        assertThat(texts.get(6)).contains("第三十七条", "其中第三方的商业信息不予公开", "2025年4月1日",
                "向宁晋县人民政府申请行政复议；对行政复议决定不服的");
    }

    @Test
    void everyOutcomeIsAnsweredWithItsArticle() {
        Map<Outcome, String> articles = new java.util.EnumMap<>(Outcome.class);
        articles.put(Outcome.GRANTED, "第三十六条第（二）项");
        articles.put(Outcome.PARTIALLY_GRANTED, "第三十七条");
        articles.put(Outcome.WITHHELD_STATE_SECRET, "第十四条");
        articles.put(Outcome.WITHHELD_PROHIBITED_BY_LAW, "第十四条");
        articles.put(Outcome.WITHHELD_SECURITY_STABILITY, "第十四条");
        articles.put(Outcome.WITHHELD_THIRD_PARTY_RIGHTS, "第十五条");
        articles.put(Outcome.WITHHELD_INTERNAL_AFFAIRS, "第十六条第一款");
        articles.put(Outcome.WITHHELD_PROCESS_INFORMATION, "第十六条第二款");
        articles.put(Outcome.WITHHELD_ENFORCEMENT_FILE, "第十六条第二款");
        articles.put(Outcome.WITHHELD_QUERY_MATTER, "第三十六条第（七）项");
        articles.put(Outcome.UNAVAILABLE_NOT_HELD, "第三十六条第（四）项");
        articles.put(Outcome.UNAVAILABLE_NEEDS_CREATION, "第三十八条");
        articles.put(Outcome.UNAVAILABLE_STILL_UNCLEAR, "第三十条、第三十六条");
        articles.put(Outcome.NOT_PROCESSED_PETITION, "第三十九条第一款");
        articles.put(Outcome.NOT_PROCESSED_REPEAT, "第三十六条第（六）项");
        articles.put(Outcome.NOT_PROCESSED_PUBLICATION, "第三十九条第二款");
        articles.put(Outcome.NOT_PROCESSED_EXCESSIVE, "第三十五条");
        articles.put(Outcome.NOT_PROCESSED_CONFIRMATION, "不作为政府信息公开申请处理");
        articles.put(Outcome.OTHER, "终止处理");
        articles.put(Outcome.OTHER_NO_CORRECTION, "第三十条");
        articles.put(Outcome.OTHER_FEE_UNPAID, "第四十二条");
        assertThat(articles.keySet()).containsExactlyInAnyOrder(Outcome.values());

        for (Outcome outcome : Outcome.values()) {
            String id = closedWith(outcome);
            JsonPath documents = documents(id);
            String decision = pdfText(documents.getString("items.find { it.kind == 'DECISION' }.id"));
            assertThat(decision).as(outcome.name()).contains(articles.get(outcome), "张三：", "宁晋县人民政府办公室");
            boolean remedy = outcome != Outcome.OTHER && !outcome.isLapse();
            assertThat(decision.contains("申请行政复议")).as("%s carries a remedy clause", outcome).isEqualTo(remedy);
        }
    }

    @Test
    void theRemedyClauseIsTheOneInForceOnTheDecisionsDay() {
        String before = registerAccepted(office, "2023-12-01");
        act(office.handler(), before, "decision", Map.of("on", "2023-12-29", "outcome", "WITHHELD_INTERNAL_AFFAIRS"))
                .statusCode(200);
        String after = registerAccepted(office, "2023-12-01");
        act(office.handler(), after, "decision", Map.of("on", "2024-01-02", "outcome", "WITHHELD_INTERNAL_AFFAIRS"))
                .statusCode(200);
        String granted = registerAccepted(office, "2023-12-01");
        act(office.handler(), granted, "decision", Map.of("on", "2024-01-02", "outcome", "UNAVAILABLE_NEEDS_CREATION"))
                .statusCode(200);

        assertThat(decisionText(before)).contains("或者自知道或者应当知道之日起六个月内向宁晋县人民法院提起行政诉讼")
                .doesNotContain("对行政复议决定不服的");
        assertThat(decisionText(after)).contains("向宁晋县人民政府申请行政复议；对行政复议决定不服的，可以依法向人民法院提起行政诉讼")
                .doesNotContain("六个月内");
        // Not withheld: the applicant still chooses between reconsideration and a lawsuit.
        assertThat(decisionText(granted)).contains("六个月内向宁晋县人民法院提起行政诉讼");
    }

    @Test
    void aDecisionsVariablePartsAreWrittenIn() {
        String referred = registerAccepted(office, "2025-05-06");
        act(office.handler(), referred, "decision", Map.of("on", "2025-05-08", "outcome", "UNAVAILABLE_NOT_HELD",
                "referral", Map.of("agency", "宁晋县自然资源和规划局", "contact", "0319-5810000"))).statusCode(200);
        assertThat(decisionText(referred)).contains("第三十六条第（五）项", "宁晋县自然资源和规划局", "0319-5810000");

        String repeated = registerAccepted(office, "2025-05-06");
        act(office.handler(), repeated, "decision", Map.of("on", "2025-05-08", "outcome", "NOT_PROCESSED_REPEAT",
                "earlierReply", Map.of("number", "宁政办答〔2025〕3号", "on", "2025-05-08"))).statusCode(400)
                .body("violations[0].field", equalTo("earlierReply.on"));
        act(office.handler(), repeated, "decision", Map.of("on", "2025-05-08", "outcome", "NOT_PROCESSED_REPEAT",
                "earlierReply", Map.of("number", "宁政办答〔2025〕3号", "on", "2025-02-10"))).statusCode(200);
        assertThat(decisionText(repeated)).contains("于2025年2月10日以宁政办答〔2025〕3号作出答复");

        String published = registerAccepted(office, "2025-05-06");
        act(office.handler(), published, "decision", Map.of("on", "2025-05-08", "outcome", "GRANTED",
                "location", "宁晋县人民政府网站政府信息公开专栏")).statusCode(200);
        assertThat(decisionText(published)).contains("第三十六条第（一）项", "宁晋县人民政府网站政府信息公开专栏");

        String basis = registerAccepted(office, "2025-05-06");
        act(office.handler(), basis, "decision", Map.of("on", "2025-05-08", "outcome", "WITHHELD_PROCESS_INFORMATION",
                "basis", "第十六条第二款、第三十六条第（三）项", "note", "内部意见：不宜公开")).statusCode(200);
        assertThat(decisionText(basis)).contains("第十六条第二款、第三十六条第（三）项").doesNotContain("内部意见");
    }

    @Test
    void aPreviewShowsTheLetterAndChangesNothing() {
        String id = registerAccepted(office, "2025-05-06");
        Map<String, Object> decision = Map.of("on", "2025-05-08", "outcome", "WITHHELD_INTERNAL_AFFAIRS",
                "reasons", "属于内部人事管理信息");
        byte[] preview = as(office.handler()).body(decision).post("/api/applications/" + id + "/decision/preview")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(text(preview)).contains("宁政办答〔2025〕1号", "属于内部人事管理信息", "第十六条第一款");
        Api.get(office.clerk(), id).body("status", equalTo("IN_PROGRESS"));
        assertThat(documents(id).getList("items.kind", String.class)).containsExactly("RECEIPT");

        as(office.handler()).body(Map.of("on", "2025-05-08", "party", "某公司"))
                .post("/api/applications/" + id + "/third-party-consultation/preview?kind=CONSULTATION_NOTICE")
                .then().statusCode(200);
        as(office.handler()).body(Map.of("on", "2025-05-08", "outcome", "OTHER_FEE_UNPAID"))
                .post("/api/applications/" + id + "/decision/preview").then().statusCode(400)
                .contentType("application/problem+json");
        as(office.handler()).body("[]").post("/api/applications/" + id + "/decision/preview").then().statusCode(400)
                .contentType("application/problem+json");
        as(office.clerk()).body(decision).post("/api/applications/" + id + "/decision/preview").then().statusCode(403);
        as(office.clerk()).body(Map.of("on", "2025-05-08", "department", office.department()))
                .post("/api/applications/" + id + "/acceptance/preview").then().statusCode(404)
                .contentType("application/problem+json");
        as(office.handler()).body(decision).post("/api/applications/" + id + "/no-such-step/preview").then()
                .statusCode(404);

        act(office.handler(), id, "decision", decision).statusCode(200);
        assertThat(documents(id).getString("items.find { it.kind == 'DECISION' }.number"))
                .as("the preview gave its number back").isEqualTo("宁政办答〔2025〕1号");
        as(office.handler()).body(decision).post("/api/applications/" + id + "/decision/preview").then().statusCode(409);
    }

    @Test
    void concurrentDecisionsOfOneAgencyTakeEveryNumberOnce() throws Exception {
        int cases = 8;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            ids.add(registerAccepted(office, "2025-06-02"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(cases);
        try {
            List<Callable<Integer>> decisions = ids.stream().<Callable<Integer>> map(id -> () -> act(office.handler(),
                    id, "decision", Map.of("on", "2025-06-03", "outcome", "GRANTED")).extract().statusCode()).toList();
            for (Future<Integer> answer : pool.invokeAll(decisions)) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        List<String> numbers = ids.stream().map(id -> documents(id).getString("items.find { it.kind == 'DECISION' }.number"))
                .sorted().toList();
        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= cases; n++) {
            expected.add("宁政办答〔2025〕" + n + "号");
        }
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void anotherAgencysLettersAreUnknown() {
        String id = register(office, "2025-03-03");
        String document = documents(id).getString("items[0].id");
        Office other = Api.newOffice();
        as(other.office()).get("/api/applications/" + id + "/documents").then().statusCode(404);
        as(other.office()).get("/api/documents/" + document + "/pdf").then().statusCode(404)
                .contentType("application/problem+json");
        as(office.office()).body(Map.of("fullName", "x", "documentPrefix", "x", "reconsiderationBody", "x",
                "court", "x")).put("/api/agencies/" + other.agency() + "/profile").then().statusCode(404);
        as(office.clerk()).body(Map.of("fullName", "x", "documentPrefix", "x", "reconsiderationBody", "x",
                "court", "x")).put("/api/agencies/" + office.agency() + "/profile").then().statusCode(403);
    }

    /** A case closed with the outcome: decided, or lapsed by its timer while the office waited. */
    private String closedWith(Outcome outcome) {
        if (outcome == Outcome.OTHER_NO_CORRECTION) {
            clock.moveTo(LocalDate.of(2025, 3, 3));
            String id = register(office, "2025-03-03");
            act(office.clerk(), id, "correction-request", Map.of("on", "2025-03-03", "items", List.of("请写明所需信息"),
                    "dueOn", "2025-03-07")).statusCode(200);
            clock.moveTo(LocalDate.of(2025, 3, 8));
            awaitStatus(id, "CLOSED");
            clock.reset();
            return id;
        }
        if (outcome == Outcome.OTHER_FEE_UNPAID) {
            clock.moveTo(LocalDate.of(2025, 3, 3));
            String id = registerAccepted(office, "2025-03-03");
            act(office.office(), id, "fee-notice", Map.of("on", "2025-03-03", "method", "PER_VOLUME", "pages", 100))
                    .statusCode(200);
            clock.moveTo(LocalDate.of(2025, 4, 2));
            awaitStatus(id, "CLOSED");
            clock.reset();
            return id;
        }
        String id = register(office, "2025-03-03");
        if (outcome == Outcome.UNAVAILABLE_STILL_UNCLEAR) {
            act(office.clerk(), id, "correction-request", Map.of("on", "2025-03-04", "items", List.of("请写明所需信息"),
                    "dueOn", "2025-03-20")).statusCode(200);
            awaitStatus(id, "CLOSED"); // the period ended long ago: it lapses at once, and the correction revokes that
            act(office.clerk(), id, "correction", Map.of("on", "2025-03-06")).statusCode(200);
        }
        act(office.clerk(), id, "acceptance", Map.of("on", "2025-03-06", "department", office.department()))
                .statusCode(200);
        act(office.handler(), id, "decision", Map.of("on", "2025-03-20", "outcome", outcome.name())).statusCode(200);
        return id;
    }

    private JsonPath documents(String caseId) {
        return as(office.clerk()).get("/api/applications/" + caseId + "/documents").then().statusCode(200)
                .extract().jsonPath();
    }

    private String decisionText(String caseId) {
        return pdfText(documents(caseId).getString("items.find { it.kind == 'DECISION' }.id"));
    }

    /** The text of a document's PDF as issued. */
    private static String pdfText(String documentId) {
        return text(as(Api.ADMIN).get("/api/documents/" + documentId + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray());
    }

    /** A PDF's text, with the line breaks of its layout taken out. */
    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Arrays.stream(new PDFTextStripper().getText(document).split("\\R")).map(String::strip)
                    .reduce("", String::concat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String chinese(String isoDate) {
        return ChineseDates.date(isoDate);
    }
}
