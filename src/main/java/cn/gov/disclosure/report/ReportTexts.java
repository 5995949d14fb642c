package cn.gov.disclosure.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the office writes of a year's annual report: the text of 一, 五 and 六 and the figures of 二. */
public record ReportTexts(
        @Schema(description = "一、总体情况: paragraphs separated by line breaks")
        @Size(max = ReportTexts.MAX_LENGTH) String overview,
        @Schema(description = "二、主动公开政府信息情况: the figures") @Valid ProactiveFigures proactive,
        @Schema(description = "五、存在的主要问题及改进情况: paragraphs separated by line breaks")
        @Size(max = ReportTexts.MAX_LENGTH) String problems,
        @Schema(description = "六、其他需要报告的事项: paragraphs separated by line breaks")
        @Size(max = ReportTexts.MAX_LENGTH) String other) {

    /**
     * The API's longest text, which a web form's field carries too (application.properties,
     * {@code max-form-attribute-size}); 宁晋县 2024's longest section, 一, is about 1,500 characters.
     */
    static final int MAX_LENGTH = 10000;

    static final ReportTexts NONE = new ReportTexts(null, ProactiveFigures.NONE, null, null);
}
