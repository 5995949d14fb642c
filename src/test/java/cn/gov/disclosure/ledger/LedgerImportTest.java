package cn.gov.disclosure.ledger;

import static cn.gov.disclosure.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * An office takes over its ledger: every refused row listed and nothing stored; a dry run that
 * stores nothing; an import that stores once however often it is repeated; open cases that go on in
 * the process. The test clock stands at 2026-06-15.
 */
@QuarkusTest
class LedgerImportTest {

    static final String HEADERS = "登记编号,申请人类型,申请人姓名或名称,申请方式,收到申请日期,所需信息内容描述,承办部门,受理日期,"
            + "补正告知日期,补正期限,补正收到日期,收费通知日期,收费方式,收费页数,缴费日期,办结日期,办理结果";

    @Test
    void aLedgerWithRefusedRowsIsRefusedWholeWithEveryProblemListed() {
        Office office = Api.newOffice();
        String ledger = csv(
                "2025-001,自然人,张三,当面,2025-03-03,某信息,D1,2025-03-03,,,,,,,,2025-03-20,予以公开",
                "2025-002,个人,李四,当面,2025/03/04,某信息,,,,,,,,,,,",
                "2025-003,商业企业,某公司,信函,2025-03-05,某信息,D9,2025-03-05,,,,,,,,2025-03-20,",
                "2025-004,自然人,王五,网络,2025-03-06,某信息,,,2025-03-07,2025-03-20,,,,,,2025-03-15,"
                        + "申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请",
                "2025-001,自然人,赵六,口头,2025-03-07,某信息,,,,,,,,,,2025-03-08,其他",
                "2025-006,自然人,钱七,当面,2025-03-09,某信息,D1,2025-03-09,,,,,,,,2025-03-20,补正后申请内容仍不明确");

        JsonPath answer = importLedger(office, "台账.csv", ledger.getBytes(StandardCharsets.UTF_8), false)
                .statusCode(200).extract().jsonPath();

        assertThat(answer.getInt("rows")).isEqualTo(6);
        assertThat(answer.getInt("created")).isZero();
        List<Map<String, Object>> errors = answer.getList("errors");
        assertThat(errors).extracting(e -> e.get("sheet") + " " + e.get("row") + " " + e.get("column"))
                .containsExactlyInAnyOrder(
                        "申请 3 申请人类型", "申请 3 收到申请日期",
                        "申请 4 承办部门", "申请 4 办理结果",
                        "申请 5 办理结果",
                        "申请 6 登记编号",
                        "申请 7 办理结果");
        assertThat(errors).extracting(e -> (String) e.get("message")).contains(
                "“个人”不是可用的值，应为：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他",
                "“2025/03/04”不是日期，应写作 2024-03-01",
                "本机关没有代码为“D9”的承办部门",
                "办结日期与办理结果应同时填写",
                "该办理结果只适用于“补正期限”所定期限届满仍未补正或缴费的申请",
                "登记编号与第 2 行重复",
                "“补正后申请内容仍不明确”只适用于已补正的申请");
        // Nothing stored, not even the row that was right.
        as(office.office()).get("/api/applications").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aDryRunStoresNothingAndAnImportStoresOnceHoweverOftenRepeated() {
        Office office = Api.newOffice();
        byte[] ledger = csv(
                "2025-101,自然人,张三,当面,2025-03-03,某信息,D1,2025-03-03,,,,,,,,2025-03-20,予以公开",
                "2025-102,法律服务机构,某律师事务所,信函,2025-03-04,某信息,D1,2025-03-06,,,,,,,,2025-03-28,属于国家秘密")
                .getBytes(StandardCharsets.UTF_8);

        importLedger(office, "台账.csv", ledger, true).statusCode(200)
                .body("rows", equalTo(2)).body("created", equalTo(2)).body("unchanged", equalTo(0))
                .body("errors", equalTo(List.of()));
        as(office.office()).get("/api/applications").then().statusCode(200).body("total", equalTo(0));

        importLedger(office, "台账.csv", ledger, false).statusCode(200)
                .body("created", equalTo(2)).body("unchanged", equalTo(0));
        importLedger(office, "台账（再次）.csv", ledger, false).statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(2));

        JsonPath cases = as(office.office()).get("/api/applications").then().statusCode(200)
                .body("total", equalTo(2)).extract().jsonPath();
        String granted = cases.getString("items.find { it.receivedOn == '2025-03-03' }.id");
        as(office.office()).get("/api/applications/" + granted).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("outcome", equalTo("GRANTED"))
                .body("closedOn", equalTo("2025-03-20"))
                .body("events.type", equalTo(List.of("RECEIVED", "ACCEPTED", "DECIDED")))
                .body("events[0].details.takenOver.file", equalTo("台账.csv"))
                .body("events[0].details.takenOver.row", equalTo(2));
        // Taken over, not issued: the letters went out on paper.
        as(office.office()).get("/api/applications/" + granted + "/documents").then().statusCode(200)
                .body("items", equalTo(List.of()));
    }

    @Test
    void aLedgerLongerThanAChunkIsStoredWholeOrNotAtAll() {
        Office office = Api.newOffice();
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= LedgerImport.ROWS_PER_CHUNK + 1; i++) {
            rows.add(String.format("2025-%04d,自然人,申请人%d,当面,2025-04-01,某信息,D1,2025-04-01,,,,,,,,2025-04-15,予以公开", i, i));
        }
        List<String> refusedLast = new ArrayList<>(rows);
        refusedLast.set(rows.size() - 1, rows.get(0));

        // The rows before the refused one were compared and stored a chunk earlier: they go too.
        JsonPath refused = importLedger(office, "台账.csv", csv(refusedLast.toArray(String[]::new))
                .getBytes(StandardCharsets.UTF_8), false).statusCode(200).extract().jsonPath();
        assertThat(refused.getInt("created")).isZero();
        assertThat(refused.getList("errors")).extracting(e -> ((Map<?, ?>) e).get("row") + " "
                + ((Map<?, ?>) e).get("column")).containsExactly((rows.size() + 1) + " 登记编号");
        as(office.office()).get("/api/applications").then().statusCode(200).body("total", equalTo(0));

        byte[] ledger = csv(rows.toArray(String[]::new)).getBytes(StandardCharsets.UTF_8);
        importLedger(office, "台账.csv", ledger, false).statusCode(200)
                .body("created", equalTo(rows.size())).body("errors", equalTo(List.of()));
        importLedger(office, "台账.csv", ledger, false).statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(rows.size()));
        as(office.office()).get("/api/applications").then().body("total", equalTo(rows.size()));
        // The ledger's cases took the year's numbers, gapless: the next case registered takes the one after.
        String next = Api.register(office, "2025-05-06");
        Api.get(office.office(), next).body("trackingNumber",
                equalTo(String.format("%s-2025-%05d", office.agency(), rows.size() + 1)));
    }

    @Test
    void twoImportsOfOneLedgerAtOnceStoreItOnce() throws Exception {
        Office office = Api.newOffice();
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            rows.append(String.format("2025-%03d,自然人,申请人%d,当面,2025-04-01,某信息,D1,2025-04-01,,,,,,,,2025-04-15,予以公开%n",
                    300 + i, i));
        }
        byte[] ledger = csv(rows.toString().strip().split("\\R")).getBytes(StandardCharsets.UTF_8);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<JsonPath>> answers = two.invokeAll(List.<Callable<JsonPath>> of(
                    () -> importLedger(office, "台账.csv", ledger, false).statusCode(200).extract().jsonPath(),
                    () -> importLedger(office, "台账.csv", ledger, false).statusCode(200).extract().jsonPath()));
            List<Integer> created = new ArrayList<>();
            for (Future<JsonPath> answer : answers) {
                created.add(answer.get().getInt("created"));
            }
            assertThat(created).containsExactlyInAnyOrder(30, 0);
        } finally {
            two.shutdown();
        }
        as(office.office()).get("/api/applications").then().body("total", equalTo(30));
    }

    @Test
    void openCasesGoOnInTheProcessFromTheStepTheirDatesImply() {
        Office office = Api.newOffice();
        byte[] ledger = xlsx(List.of(
                List.of("2026-201", "自然人", "张三", "当面", "2026-06-01", "某信息", "D1", "2026-06-02", "", "", "", "",
                        "", "", "", "", ""),
                List.of("2026-202", "自然人", "李四", "信函", "2026-05-04", "某信息", "", "", "2026-05-05", "2026-05-20",
                        "", "", "", "", "", "", ""),
                List.of("2026-203", "自然人", "王五", "网络", "2026-06-12", "某信息", "", "", "", "", "", "", "", "", "",
                        "", "")));

        importLedger(office, "台账.xlsx", ledger, false).statusCode(200).body("created", equalTo(3))
                .body("errors", equalTo(List.of()));

        JsonPath cases = as(office.office()).get("/api/applications").then().statusCode(200).extract().jsonPath();
        String handled = cases.getString("items.find { it.receivedOn == '2026-06-01' }.id");
        String awaitingCorrection = cases.getString("items.find { it.receivedOn == '2026-05-04' }.id");
        String received = cases.getString("items.find { it.receivedOn == '2026-06-12' }.id");
        // With its department, its response period counted as for a case keyed in on the day it came.
        String keyedIn = Api.registerAccepted(office, "2026-06-01");
        String due = as(office.handler()).get("/api/applications/" + keyedIn).then().extract().path("responseDueOn");
        as(office.handler()).get("/api/applications/" + handled).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("clock", equalTo("RUNNING"))
                .body("responseDueOn", equalTo(due));
        Api.act(office.handler(), handled, "decision", Map.of("on", "2026-06-15", "outcome", "GRANTED"))
                .statusCode(200).body("status", equalTo("CLOSED"));
        // Its correction period ended on 20 May with nothing received: the process's timer closes it.
        Api.awaitStatus(awaitingCorrection, "CLOSED");
        as(office.office()).get("/api/applications/" + awaitingCorrection).then()
                .body("outcome", equalTo("OTHER_NO_CORRECTION")).body("closedOn", equalTo("2026-05-21"));
        as(office.clerk()).get("/api/applications/" + received).then().body("status", equalTo("RECEIVED"));
        Api.act(office.clerk(), received, "acceptance", Map.of("on", "2026-06-15", "department", "D1"))
                .statusCode(200);
    }

    @Test
    void theTemplateIsAnEmptyLedgerWithItsInstructions() throws IOException {
        Office office = Api.newOffice();
        byte[] template = as(office.office()).get("/api/imports/template.xlsx").then().statusCode(200)
                .contentType(LedgerResource.XLSX).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("申请");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("复议诉讼");
            assertThat(workbook.getSheetAt(2).getSheetName()).isEqualTo("填写说明");
            Row headers = workbook.getSheetAt(0).getRow(0);
            assertThat(headers.getCell(0).getStringCellValue()).isEqualTo("登记编号");
            assertThat(headers.getLastCellNum()).isEqualTo((short) LedgerLayout.Column.of("申请").size());
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
        // An empty ledger imports as nothing.
        importLedger(office, "台账模板.xlsx", template, false).statusCode(200).body("rows", equalTo(0))
                .body("created", equalTo(0)).body("errors", equalTo(List.of()));
    }

    @Test
    void aWorkbookWithoutTheLedgersHeadersIsRefusedWhole() {
        Office office = Api.newOffice();
        byte[] workbook;
        try (XSSFWorkbook other = new XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            Row header = other.createSheet("通讯录").createRow(0);
            header.createCell(0).setCellValue("姓名");
            header.createCell(1).setCellValue("电话");
            other.getSheetAt(0).createRow(1).createCell(0).setCellValue("张三");
            other.write(out);
            workbook = out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // Refused as no ledger, not as an unreadable file: the sheet was read well enough to tell.
        importLedger(office, "通讯录.xlsx", workbook, true).statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("file"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("登记编号"));
    }

    @Test
    void onlyTheOfficeImportsAndOnlyItsOwnAgency() {
        Office office = Api.newOffice();
        Office other = Api.newOffice();
        byte[] ledger = csv().getBytes(StandardCharsets.UTF_8);
        Api.multipart(as(office.clerk())).multiPart("file", "台账.csv", ledger, "text/csv")
                .post("/api/imports?agency=" + office.agency()).then().statusCode(403);
        Api.multipart(as(office.office())).multiPart("file", "台账.csv", ledger, "text/csv")
                .post("/api/imports?agency=" + other.agency()).then().statusCode(403);
        Api.multipart(as(office.office())).multiPart("file", "台账.pdf", "%PDF-1.7 not a ledger\u00ff".getBytes(
                StandardCharsets.ISO_8859_1), "application/pdf")
                .post("/api/imports?agency=" + office.agency()).then().statusCode(400);
    }

    static String csv(String... rows) {
        return "\uFEFF" + HEADERS + "\r\n" + String.join("\r\n", rows) + (rows.length == 0 ? "" : "\r\n");
    }

    /** A workbook of sheet 申请 with the columns of {@link #HEADERS}, dates as the text given. */
    static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("申请");
            String[] headers = HEADERS.split(",");
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static ValidatableResponse importLedger(Office office, String name, byte[] file, boolean dryRun) {
        return Api.multipart(as(office.office())).multiPart("file", name, file, "application/octet-stream")
                .post("/api/imports?agency=" + office.agency() + "&dryRun=" + dryRun).then();
    }
}
