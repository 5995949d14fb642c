package cn.gov.disclosure.statistics;

import static cn.gov.disclosure.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.gov.disclosure.cases.Outcome;
import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * The cases of 宁晋县's 2024 report written as the office's ledger (not keyed in through the case
 * API), imported, give back sections 三 and 四 cell for cell; imported again, they change nothing.
 * And a ledger exported from an agency whose cases were worked in the service imports into an
 * empty agency as the same tables, year by year.
 */
@QuarkusTest
class NingjinLedgerTest {

    static final List<String> HEADERS = List.of("登记编号", "申请人类型", "申请人姓名或名称", "申请方式", "收到申请日期",
            "所需信息内容描述", "承办部门", "受理日期", "收费通知日期", "收费方式", "收费页数", "办结日期", "办理结果");

    @Test
    void theReportsCasesImportedFromTheLedgerGiveItsTablesBack() throws IOException {
        Office office = Api.newOffice();
        byte[] ledger = ningjinLedger();

        importLedger(office, ledger).statusCode(200).body("rows", equalTo(68 + 15)).body("created", equalTo(68 + 15))
                .body("errors", equalTo(List.of()));

        JsonPath table = as(office.office()).get("/api/statistics/2024").then().statusCode(200)
                .body("checks.holds", everyItem(equalTo(true))).extract().jsonPath();
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (String row : TableLayout.ROWS) {
            rows.put(row, table.getList("rows." + row, Integer.class));
        }
        assertThat(rows).isEqualTo(NingjinReportTest.publishedRows());
        assertThat(table.getList("reviews.RECONSIDERATION", Integer.class))
                .isEqualTo(NingjinReportTest.RECONSIDERATIONS);

        importLedger(office, ledger).statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(68 + 15));
        as(office.office()).get("/api/applications").then().body("total", equalTo(68));
    }

    /**
     * The ledger as an office would keep it: the receipt dates as the spreadsheet's date cells, the
     * other dates as text. Every applicant a natural person, every case with the one department.
     */
    private static byte[] ningjinLedger() throws IOException {
        List<List<Object>> applications = new ArrayList<>();
        String[] carriedIn = { "予以公开", "予以公开", "本机关不掌握相关政府信息", "本机关不掌握相关政府信息" };
        for (int i = 0; i < carriedIn.length; i++) {
            LocalDate received = LocalDate.of(2023, 12, 18 + i);
            applications.add(row("2023-" + (101 + i), received, received, null, LocalDate.of(2024, 1, 10 + i),
                    carriedIn[i]));
        }
        // The report's own row labels, one lapse row with the other joiner (DOMAIN.md §2.2).
        List<String> outcomes = NingjinReportTest.newAnswered().stream()
                .map(code -> TableLayout.OUTCOME_LABELS.get(Outcome.valueOf(code)).text().replace("、行政机关", "，行政机关"))
                .toList();
        LocalDate received = LocalDate.of(2024, 1, 2);
        for (int i = 0; i < outcomes.size(); i++) {
            String outcome = outcomes.get(i);
            boolean feeUnpaid = outcome.startsWith("申请人逾期未按收费通知");
            // Unpaid: noticed the next day, closed well after its 20 working days. Withdrawals never
            // went to a department.
            applications.add(row("2024-" + (1 + i), received, outcome.equals("其他") ? null : received,
                    feeUnpaid ? received.plusDays(1) : null, feeUnpaid ? received.plusDays(60) : received.plusDays(14),
                    outcome));
            received = received.plusDays(4);
        }
        for (int day = 16; day <= 18; day++) {
            LocalDate open = LocalDate.of(2024, 12, day);
            applications.add(row("2024-" + (100 + day), open, open, null, null, null));
        }
        List<List<Object>> reviews = new ArrayList<>();
        String[] results = { "维持", "维持", "维持", "纠正", "纠正", "纠正", "纠正", "纠正", "其他", "其他", "其他", "其他",
                "其他", "其他" };
        for (int i = 0; i < results.length; i++) {
            LocalDate filed = LocalDate.of(2024, 3, 1).plusDays(7L * i);
            reviews.add(List.of("2024-" + (1 + i), "行政复议", "", filed.toString(), results[i],
                    filed.plusDays(60).toString()));
        }
        reviews.add(List.of("2024-15", "行政复议", "", "2024-11-20", "维持", "2025-02-10"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle dateCell = workbook.createCellStyle();
            dateCell.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            write(workbook.createSheet("申请"), HEADERS, applications, dateCell);
            write(workbook.createSheet("复议诉讼"), List.of("登记编号", "类别", "复议后起诉", "提起日期", "结果", "审结日期"),
                    reviews, dateCell);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<Object> row(String number, LocalDate received, LocalDate accepted, LocalDate feeNotified,
            LocalDate closed, String outcome) {
        List<Object> cells = new ArrayList<>(List.of(number, "自然人", "张三", "当面", received, "某信息"));
        cells.add(accepted == null ? "" : "D1");
        cells.add(text(accepted));
        cells.add(text(feeNotified));
        cells.add(feeNotified == null ? "" : "按量");
        cells.add(feeNotified == null ? "" : "120");
        cells.add(text(closed));
        cells.add(outcome == null ? "" : outcome);
        return cells;
    }

    private static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static void write(Sheet sheet, List<String> headers, List<List<Object>> rows, CellStyle dateCell) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c) instanceof LocalDate day) {
                    row.createCell(c).setCellValue(day);
                    row.getCell(c).setCellStyle(dateCell);
                } else if (!cells.get(c).toString().isEmpty()) {
                    row.createCell(c).setCellValue(cells.get(c).toString());
                }
            }
        }
    }

    static ValidatableResponse importLedger(Office office, byte[] ledger) {
        return Api.multipart(as(office.office())).multiPart("file", "宁晋县台账.xlsx", ledger, "application/octet-stream")
                .post("/api/imports?agency=" + office.agency()).then();
    }
}
