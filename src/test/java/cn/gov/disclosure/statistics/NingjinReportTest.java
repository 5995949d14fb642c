package cn.gov.disclosure.statistics;

import static cn.gov.disclosure.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The cases that 宁晋县's 2024 report describes (shared reference
 * {@code ningjin-2024-annual-report.txt}), keyed in through the API, give back its sections 三 and
 * 四 cell for cell.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class NingjinReportTest {

    /** Section 三 as published: every applicant was a natural person, so each row is {n,0,0,0,0,0,n}. */
    static final Map<String, Integer> PUBLISHED = new LinkedHashMap<>();
    static {
        PUBLISHED.put("NEW", 64);
        PUBLISHED.put("CARRIED_IN", 4);
        PUBLISHED.put("GRANTED", 26);
        PUBLISHED.put("PARTIALLY_GRANTED", 8);
        PUBLISHED.put("WITHHELD_THIRD_PARTY_RIGHTS", 1);
        PUBLISHED.put("WITHHELD_INTERNAL_AFFAIRS", 6);
        PUBLISHED.put("UNAVAILABLE_NOT_HELD", 19);
        PUBLISHED.put("UNAVAILABLE_NEEDS_CREATION", 1);
        PUBLISHED.put("NOT_PROCESSED_CONFIRMATION", 1);
        PUBLISHED.put("OTHER_FEE_UNPAID", 1);
        PUBLISHED.put("OTHER", 2);
        PUBLISHED.put("TOTAL_CLOSED", 65);
        PUBLISHED.put("CARRIED_OUT", 3);
    }

    /** Section 四 as published: reconsiderations 3 maintained, 5 corrected, 6 other, 1 pending; no lawsuits. */
    static final List<Integer> RECONSIDERATIONS = List.of(3, 5, 6, 1, 15);

    Office office;

    /** Keyed in once for all the tests of this class (before the first; the server is up only then). */
    @BeforeEach
    void keyInTheYear() {
        if (office == null) {
            office = keyInItsCases();
        }
    }

    /** A new agency holding the cases the report describes, keyed in through the API as the office would have. */
    public static Office keyInItsCases() {
        Office office = Api.newOffice();
        CaseScript script = new CaseScript(office, 2024);
        // Four applications of December 2023 were still open when 2024 began.
        List<String> closedCases = new ArrayList<>();
        String[] carriedInOutcomes = { "GRANTED", "GRANTED", "UNAVAILABLE_NOT_HELD", "UNAVAILABLE_NOT_HELD" };
        for (int i = 0; i < carriedInOutcomes.length; i++) {
            String id = script.open("NATURAL_PERSON", LocalDate.of(2023, 12, 18 + i));
            Api.act(office.handler(), id, "decision", Map.of("on", "2024-01-1" + i, "outcome", carriedInOutcomes[i]))
                    .statusCode(200);
            script.expect(carriedInOutcomes[i], "NATURAL_PERSON");
        }
        // 61 of the 64 new applications were answered in 2024, by the rows of the report.
        LocalDate received = LocalDate.of(2024, 1, 2);
        for (String outcome : newAnswered()) {
            closedCases.add(script.closed("NATURAL_PERSON", received, outcome));
            received = received.plusDays(4);
        }
        // Three received in December were still being handled on 31 December.
        for (int day = 16; day <= 18; day++) {
            script.carriedOut("NATURAL_PERSON", LocalDate.of(2024, 12, day));
        }
        // Fifteen reconsiderations, all filed in 2024; one was decided only in 2025.
        String[] results = { "MAINTAINED", "MAINTAINED", "MAINTAINED", "CORRECTED", "CORRECTED", "CORRECTED",
                "CORRECTED", "CORRECTED", "OTHER", "OTHER", "OTHER", "OTHER", "OTHER", "OTHER" };
        for (int i = 0; i < results.length; i++) {
            LocalDate filed = LocalDate.of(2024, 3, 1).plusDays(7L * i);
            script.review(closedCases.get(i), "RECONSIDERATION", false, filed, results[i], filed.plusDays(60));
        }
        script.review(closedCases.get(results.length), "RECONSIDERATION", false, LocalDate.of(2024, 11, 20),
                "MAINTAINED", LocalDate.of(2025, 2, 10));
        assertThat(script.expectedRows()).as("the script keys in what the report describes")
                .isEqualTo(publishedRows());
        return office;
    }

    /** The outcomes of the 61 applications received and answered in 2024, one per case in the order received. */
    static List<String> newAnswered() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("GRANTED", 24);
        counts.put("PARTIALLY_GRANTED", 8);
        counts.put("WITHHELD_THIRD_PARTY_RIGHTS", 1);
        counts.put("WITHHELD_INTERNAL_AFFAIRS", 6);
        counts.put("UNAVAILABLE_NOT_HELD", 17);
        counts.put("UNAVAILABLE_NEEDS_CREATION", 1);
        counts.put("NOT_PROCESSED_CONFIRMATION", 1);
        counts.put("OTHER_FEE_UNPAID", 1);
        counts.put("OTHER", 2);
        List<String> outcomes = new ArrayList<>();
        counts.forEach((outcome, times) -> outcomes.addAll(java.util.Collections.nCopies(times, outcome)));
        return outcomes;
    }

    static Map<String, List<Integer>> publishedRows() {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (String row : TableLayout.ROWS) {
            int n = PUBLISHED.getOrDefault(row, 0);
            rows.put(row, List.of(n, 0, 0, 0, 0, 0, n));
        }
        return rows;
    }

    @Test
    void theTablesAreThoseOfThePublishedReport() {
        JsonPath table = as(office.office()).get("/api/statistics/2024").then().statusCode(200)
                .body("year", equalTo(2024))
                .body("agency", equalTo(office.agency()))
                .body("columns", equalTo(TableLayout.COLUMNS))
                .body("checks.holds", everyItem(equalTo(true)))
                .extract().jsonPath();
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (String row : TableLayout.ROWS) {
            rows.put(row, table.getList("rows." + row, Integer.class));
        }
        assertThat(rows).isEqualTo(publishedRows());
        assertThat(table.getList("reviews.RECONSIDERATION", Integer.class)).isEqualTo(RECONSIDERATIONS);
        assertThat(table.getList("reviews.LITIGATION_DIRECT", Integer.class)).containsOnly(0);
        assertThat(table.getList("reviews.LITIGATION_AFTER_RECONSIDERATION", Integer.class)).containsOnly(0);
        assertThat(table.getList("checks.rule", String.class)).containsExactly("BALANCE",
                "TOTAL_CLOSED_IS_SUM_OF_OUTCOMES", "TOTAL_COLUMN_IS_SUM_OF_APPLICANTS",
                "CARRIED_IN_EQUALS_PREVIOUS_CARRIED_OUT", "REVIEW_TOTALS");
    }

    @Test
    void the2023TableCarriesOutWhat2024CarriesIn() {
        as(office.office()).get("/api/statistics/2023").then().statusCode(200)
                .body("rows.CARRIED_OUT", equalTo(List.of(4, 0, 0, 0, 0, 0, 4)))
                .body("rows.NEW", equalTo(List.of(4, 0, 0, 0, 0, 0, 4)));
        as(office.office()).get("/api/statistics/2025").then().statusCode(200)
                .body("rows.CARRIED_IN", equalTo(List.of(3, 0, 0, 0, 0, 0, 3)))
                .body("reviews.RECONSIDERATION", equalTo(List.of(1, 0, 0, 0, 1)));
    }

    @Test
    void everyCellLeadsToItsCases() {
        as(office.office()).queryParam("row", "UNAVAILABLE_NOT_HELD").queryParam("column", "NATURAL_PERSON")
                .queryParam("size", 50)
                .get("/api/statistics/2024/cases").then().statusCode(200)
                .body("total", equalTo(19))
                .body("items.size()", equalTo(19))
                .body("items.outcome", everyItem(equalTo("UNAVAILABLE_NOT_HELD")));
        as(office.office()).queryParam("row", "CARRIED_IN")
                .get("/api/statistics/2024/cases").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.receivedOn", equalTo(List.of("2023-12-18", "2023-12-19", "2023-12-20", "2023-12-21")));
        as(office.office()).queryParam("row", "TOTAL_CLOSED").queryParam("page", 3).queryParam("size", 20)
                .get("/api/statistics/2024/cases").then().statusCode(200)
                .body("total", equalTo(65))
                .body("items.size()", equalTo(5));
        as(office.office()).queryParam("row", "RECONSIDERATION").queryParam("column", "PENDING")
                .get("/api/statistics/2024/cases").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].review.concludedOn", equalTo("2025-02-10"))
                .body("items[0].review.result", equalTo("MAINTAINED"));
    }

    @Test
    void itsLedgerImportedIntoAnEmptyAgencyGivesTheSameTablesYearByYear() {
        Office copy = Api.newOffice();
        for (int year = 2023; year <= 2025; year++) {
            byte[] ledger = as(office.office()).queryParam("year", year).get("/api/applications/ledger.xlsx").then()
                    .statusCode(200).extract().asByteArray();
            // Each year's ledger repeats the cases that span two years: imported once, then unchanged.
            NingjinLedgerTest.importLedger(copy, ledger).statusCode(200).body("errors", equalTo(List.of()));
        }
        for (int year = 2023; year <= 2025; year++) {
            Map<String, Object> original = as(office.office()).get("/api/statistics/" + year).then().statusCode(200)
                    .extract().jsonPath().getMap("$");
            Map<String, Object> imported = as(copy.office()).get("/api/statistics/" + year).then().statusCode(200)
                    .extract().jsonPath().getMap("$");
            assertThat(imported.get("rows")).as("section 三 of %d", year).isEqualTo(original.get("rows"));
            assertThat(imported.get("reviews")).as("section 四 of %d", year).isEqualTo(original.get("reviews"));
        }
        as(copy.office()).get("/api/applications").then().body("total", equalTo(68));
    }

    @Test
    void theExportsAreLaidOutLikeTheReport() throws IOException {
        Path exports = Files.createDirectories(Path.of("target", "exports"));
        byte[] csv = as(office.office()).get("/api/statistics/2024/table.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asByteArray();
        Files.write(exports.resolve("ningjin-2024.csv"), csv);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF")
                .contains("\r\n一、本年新收政府信息公开申请数量,,,64,0,0,0,0,0,64\r\n")
                .contains("\r\n三、本年度办理结果,（一）予以公开,,26,0,0,0,0,0,26\r\n")
                .contains("\r\n,（四）无法提供,1.本机关不掌握相关政府信息,19,0,0,0,0,0,19\r\n")
                .contains("\r\n,,2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请,1,0,0,0,0,0,1\r\n")
                .contains("\r\n,（七）总计,,65,0,0,0,0,0,65\r\n")
                .contains("\r\n四、结转下年度继续办理,,,3,0,0,0,0,0,3\r\n")
                .contains("\r\n3,5,6,1,15,0,0,0,0,0,0,0,0,0,0\r\n");

        byte[] xlsx = as(office.office()).get("/api/statistics/2024/table.xlsx").then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment; filename=\""
                        + office.agency() + "-2024.xlsx\""))
                .extract().asByteArray();
        Files.write(exports.resolve("ningjin-2024.xlsx"), xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet three = workbook.getSheet("三、收到和处理政府信息公开申请情况");
            // Title row, three header rows, then 一 on the fifth row with its figures as numbers.
            assertThat(three.getRow(4).getCell(0).getStringCellValue()).isEqualTo("一、本年新收政府信息公开申请数量");
            assertThat(three.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(64);
            assertThat(three.getRow(4).getCell(9).getNumericCellValue()).isEqualTo(64);
            assertThat(three.getMergedRegions()).contains(CellRangeAddress.valueOf("A2:C4"),
                    CellRangeAddress.valueOf("D2:J2"), CellRangeAddress.valueOf("E3:I3"),
                    CellRangeAddress.valueOf("A5:C5"), CellRangeAddress.valueOf("A7:A28"),
                    CellRangeAddress.valueOf("B9:B16"));
            Sheet four = workbook.getSheet("四、政府信息公开行政复议、行政诉讼情况");
            assertThat(four.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(3);
            assertThat(four.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(15);
            assertThat(four.getMergedRegions()).contains(CellRangeAddress.valueOf("A2:E2"),
                    CellRangeAddress.valueOf("F2:O2"), CellRangeAddress.valueOf("A3:A4"));
        }

        String html = as(office.office()).get("/api/statistics/2024/table.html").then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
        Files.writeString(exports.resolve("ningjin-2024.html"), html);
        assertThat(html).contains("<th colspan=\"3\" scope=\"row\">一、本年新收政府信息公开申请数量</th>")
                .contains("<th rowspan=\"22\" scope=\"row\">三、本年度办理结果</th>")
                .contains("row=GRANTED&amp;column=NATURAL_PERSON\" data-row=\"GRANTED\" data-column=\"NATURAL_PERSON\">26</a>")
                .doesNotContain("✗");
    }
}
