package cn.gov.disclosure.report;

import static cn.gov.disclosure.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.gov.disclosure.statistics.NingjinReportTest;
import cn.gov.disclosure.statistics.TableLayout;
import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * 宁晋县's 2024 report (shared reference {@code ningjin-2024-annual-report.txt}): its cases and
 * its own 一, 二, 五 and 六 keyed in give back the whole report as Word file, web page and PDF,
 * with every heading, every figure in its place and the texts.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportTest {

    static final List<String> HEADINGS = List.of("一、总体情况", "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

    /** Section 二 as 宁晋县 published it. */
    static final Map<String, Object> PROACTIVE = Map.of(
            "regulations", Map.of("issued", 0, "repealed", 0, "inForce", 0),
            "normativeDocuments", Map.of("issued", 1, "repealed", 0, "inForce", 9),
            "licensing", 75726, "penalties", 2483, "enforcement", 2285, "feesTenThousandYuan", "12943.88");

    Office office;
    Map<String, Object> texts;

    @BeforeEach
    void keyInTheReport() throws IOException {
        if (office != null) {
            return;
        }
        office = NingjinReportTest.keyInItsCases();
        texts = new LinkedHashMap<>();
        texts.put("overview", text("overview"));
        texts.put("proactive", PROACTIVE);
        texts.put("problems", text("problems"));
        texts.put("other", text("other"));
        as(office.office()).body(texts).put("/api/reports/2024").then().statusCode(200)
                .body("overview", equalTo(texts.get("overview")))
                .body("proactive.feesTenThousandYuan", equalTo("12943.88"))
                .body("changedBy", equalTo(office.office()));
    }

    @Test
    void theWordFileIsTheWholeReport() throws IOException {
        byte[] docx = as(office.office()).get("/api/reports/2024/report.docx").then().statusCode(200)
                .contentType(startsWith(ReportFiles.DOCX))
                .header("Content-Disposition", startsWith("attachment; filename=\"" + office.agency() + "-2024"))
                .extract().asByteArray();
        write("ningjin-2024-report.docx", docx);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertTheText(extractor.getText());
            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(3);
            assertTheFigures(tables.stream().map(ReportTest::rows).toList());
            // Merged cells as published: 第二十条第（一）项 across the table, 三、本年度办理结果 down its 22 rows.
            assertThat(tables.get(0).getRow(0).getCell(0).getCTTc().getTcPr().getGridSpan().getVal()).hasToString("4");
            XWPFTable three = tables.get(1);
            assertThat(three.getRow(5).getCell(0).getText()).isEqualTo("三、本年度办理结果");
            assertThat(three.getRow(5).getCell(0).getCTTc().getTcPr().getVMerge().getVal()).hasToString("restart");
            assertThat(three.getRow(26).getCell(0).getCTTc().getTcPr().getVMerge().getVal()).hasToString("continue");
        }
    }

    @Test
    void theWebPageIsTheWholeReport() throws IOException {
        String html = as(office.office()).get("/api/reports/2024/report.html").then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
        write("ningjin-2024-report.html", html.getBytes(StandardCharsets.UTF_8));
        assertTheText(html.replaceAll("<[^>]+>", ""));
        assertTheFigures(htmlTables(html));
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("<img")
                .contains("<th colspan=\"4\"").contains("rowspan=\"22\"");
    }

    @Test
    void thePdfIsTheWholeReport() throws IOException {
        byte[] pdf = as(office.office()).get("/api/reports/2024/report.pdf").then().statusCode(200)
                .contentType(startsWith(ReportFiles.PDF)).extract().asByteArray();
        write("ningjin-2024-report.pdf", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            assertTheText(text);
            // Every row's figures in the table's order, one after the other as printed.
            String spaced = text.replaceAll("\\s+", " ");
            int from = 0;
            for (List<String> figures : expectedFigureRows()) {
                String row = " " + String.join(" ", figures) + " ";
                int at = spaced.indexOf(row, from);
                assertThat(at).as("figures %s after position %d", row, from).isNotNegative();
                from = at + row.length() - 1;
            }
        }
    }

    @Test
    void theAnswerCarriesTheChecksAndTheDerivedFees() {
        JsonPath report = as(office.office()).get("/api/reports/2024").then().statusCode(200)
                .body("year", equalTo(2024)).body("agency", equalTo(office.agency()))
                .body("proactive.licensing", equalTo(75726))
                .extract().jsonPath();
        assertThat(report.getList("checks.rule", String.class)).containsExactly("BALANCE",
                "TOTAL_CLOSED_IS_SUM_OF_OUTCOMES", "TOTAL_COLUMN_IS_SUM_OF_APPLICANTS",
                "CARRIED_IN_EQUALS_PREVIOUS_CARRIED_OUT", "REVIEW_TOTALS", "PROACTIVE_FIGURES",
                "IN_FORCE_FOLLOWS_LAST_YEAR");
        assertThat(report.getList("checks.holds", Boolean.class)).containsOnly(true);
        // The one application closed for a fee not paid had its notice in 2024.
        assertThat(report.getInt("feesDerived.notices.count")).isEqualTo(1);
        assertThat(report.getInt("feesDerived.payments.count")).isZero();
        assertThat(report.getInt("feesDerived.lapsed")).isEqualTo(1);
    }

    /** The title, the opening, the headings in their order and the office's texts; lines may wrap anywhere. */
    private void assertTheText(String text) {
        String joined = text.replaceAll("\\s+", "");
        assertThat(joined).contains(agencyName() + "2024年政府信息公开工作年度报告")
                .contains("报告中所列数据统计期限为2024年1月1日至12月31日");
        int from = 0;
        for (String heading : HEADINGS) {
            int at = joined.indexOf(heading, from);
            assertThat(at).as(heading + " after the one before").isPositive();
            from = at;
        }
        for (String section : List.of("overview", "problems", "other")) {
            for (String paragraph : ((String) texts.get(section)).split("\n")) {
                assertThat(joined).contains(paragraph.replaceAll("\\s+", ""));
            }
        }
    }

    /** The figures of 二, 三 and 四 row by row, as the tables' rows end with them. */
    private void assertTheFigures(List<List<List<String>>> tables) {
        List<List<String>> printed = new ArrayList<>();
        for (List<List<String>> table : tables) {
            for (List<String> row : table) {
                List<String> figures = trailingFigures(row);
                if (!figures.isEmpty()) {
                    printed.add(figures);
                }
            }
        }
        assertThat(printed).isEqualTo(expectedFigureRows());
    }

    /** The figures of each table row in the report's order: 二 as keyed in, 三 and 四 as the statistics give them. */
    private List<List<String>> expectedFigureRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("0", "0", "0"));
        rows.add(List.of("1", "0", "9"));
        rows.add(List.of("75726"));
        rows.add(List.of("2483"));
        rows.add(List.of("2285"));
        rows.add(List.of("12943.88"));
        JsonPath statistics = as(office.office()).get("/api/statistics/2024").then().statusCode(200).extract()
                .jsonPath();
        for (String row : TableLayout.ROWS) {
            rows.add(statistics.getList("rows." + row, Object.class).stream().map(String::valueOf).toList());
        }
        List<String> reviews = new ArrayList<>();
        for (String group : TableLayout.REVIEW_ROWS) {
            statistics.getList("reviews." + group, Object.class).forEach(figure -> reviews.add(String.valueOf(figure)));
        }
        rows.add(reviews);
        return rows;
    }

    private static List<String> trailingFigures(List<String> row) {
        int first = row.size();
        while (first > 0 && row.get(first - 1).matches("[0-9]+(\\.[0-9]+)?")) {
            first--;
        }
        return row.subList(first, row.size());
    }

    private static List<List<String>> rows(XWPFTable table) {
        return table.getRows().stream().map(row -> row.getTableCells().stream().map(XWPFTableCell::getText)
                .filter(text -> !text.isEmpty()).toList()).toList();
    }

    /** The cells' text of every table of the page, row by row. */
    private static List<List<List<String>>> htmlTables(String html) {
        List<List<List<String>>> tables = new ArrayList<>();
        Matcher table = Pattern.compile("<table.*?</table>", Pattern.DOTALL).matcher(html);
        while (table.find()) {
            List<List<String>> rows = new ArrayList<>();
            Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(table.group());
            while (row.find()) {
                List<String> cells = new ArrayList<>();
                Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row.group(1));
                while (cell.find()) {
                    cells.add(cell.group(1).replaceAll("<[^>]+>", "").strip());
                }
                rows.add(cells);
            }
            tables.add(rows);
        }
        return tables;
    }

    private String agencyName() {
        return as(Api.ADMIN).get("/api/agencies").then().statusCode(200).extract().jsonPath()
                .getString("find { it.code == '" + office.agency() + "' }.name");
    }

    private static String text(String section) throws IOException {
        try (InputStream in = ReportTest.class.getResourceAsStream("/report/ningjin-2024/" + section + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    private static void write(String name, byte[] content) throws IOException {
        Files.write(Files.createDirectories(Path.of("target", "exports")).resolve(name), content);
    }
}
