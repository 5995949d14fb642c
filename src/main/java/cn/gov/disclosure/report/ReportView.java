package cn.gov.disclosure.report;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.disclosure.statistics.AnnualTable;

/**
 * A year's annual report as the office works on it: what it keyed in (section 二 summed over the
 * agencies below it when consolidated), the fees derived from the cases, and every check.
 */
public record ReportView(int year, String agency, boolean includeSubordinates,
        @Schema(description = "一、总体情况") String overview,
        @Schema(description = "二、主动公开政府信息情况; summed over the agencies below when consolidated")
        ProactiveFigures proactive,
        @Schema(description = "五、存在的主要问题及改进情况") String problems,
        @Schema(description = "六、其他需要报告的事项") String other,
        @Schema(description = "Who last saved the agency's own texts and figures; null while nothing is saved")
        String changedBy, Instant changedAt,
        FeesDerived feesDerived,
        @Schema(description = "The checks of the statistics (三, 四) and of section 二; the exports say which fail")
        List<AnnualTable.Check> checks) {
}
