package cn.gov.disclosure.report;

import java.util.List;

import cn.gov.disclosure.statistics.AnnualTable;
import cn.gov.disclosure.statistics.ReportGrid;

/**
 * The whole report as the published layout prints it, the one model the Word file, the web page
 * and the PDF are all drawn from. Its texts hold only characters XML can carry.
 *
 * @param failing the checks that do not hold, printed after section 六 so that no one publishes
 *                the report unaware; empty for a report ready to publish
 * @param fileName the downloads' ASCII name, without extension
 */
public record ReportDocument(String title, String opening, List<Section> sections, List<AnnualTable.Check> failing,
        String fileName) {

    /** A numbered section: its heading, then its paragraphs or its table. */
    public record Section(String heading, List<String> paragraphs, ReportGrid table) {
    }
}
