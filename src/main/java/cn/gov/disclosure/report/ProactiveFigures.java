package cn.gov.disclosure.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * Section 二 主动公开政府信息情况 as the office keys it in, by the items of Article 20 the 2021
 * format asks for; a figure left out (null) is not keyed in yet.
 */
public record ProactiveFigures(
        @Schema(description = "第二十条第（一）项 规章") DocumentCounts regulations,
        @Schema(description = "第二十条第（一）项 行政规范性文件") DocumentCounts normativeDocuments,
        @Schema(description = "第二十条第（五）项 行政许可: decisions made in the year", minimum = "0") Integer licensing,
        @Schema(description = "第二十条第（六）项 行政处罚: decisions made in the year", minimum = "0") Integer penalties,
        @Schema(description = "第二十条第（六）项 行政强制: decisions made in the year", minimum = "0") Integer enforcement,
        @Schema(description = "第二十条第（八）项 行政事业性收费: the amount collected in the year, in 万元 with at most two"
                + " decimals, e.g. \"12943.88\"", type = SchemaType.STRING, pattern = "[0-9]{1,12}(\\.[0-9]{1,2})?")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal feesTenThousandYuan) {

    /** 本年制发件数, 本年废止件数 and 现行有效件数 of one kind of document. */
    public record DocumentCounts(
            @Schema(minimum = "0") Integer issued,
            @Schema(minimum = "0") Integer repealed,
            @Schema(minimum = "0") Integer inForce) {

        static final DocumentCounts NONE = new DocumentCounts(null, null, null);

        void byField(String kind, Map<String, Integer> counts) {
            counts.put(kind + ".issued", issued);
            counts.put(kind + ".repealed", repealed);
            counts.put(kind + ".inForce", inForce);
        }

        DocumentCounts plus(DocumentCounts other) {
            return new DocumentCounts(sum(issued, other.issued), sum(repealed, other.repealed),
                    sum(inForce, other.inForce));
        }
    }

    static final ProactiveFigures NONE = new ProactiveFigures(DocumentCounts.NONE, DocumentCounts.NONE, null, null,
            null, null);

    /** Every count of the section by its field in the request (the amount is no count), in the table's order. */
    public Map<String, Integer> countsByField() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        regulations.byField("regulations", counts);
        normativeDocuments.byField("normativeDocuments", counts);
        counts.put("licensing", licensing);
        counts.put("penalties", penalties);
        counts.put("enforcement", enforcement);
        return counts;
    }

    /** Whether every figure is keyed in. */
    boolean complete() {
        return countsByField().values().stream().allMatch(Objects::nonNull) && feesTenThousandYuan != null;
    }

    /** The figures of two agencies added up, for a consolidated report; a figure either left out stays out. */
    ProactiveFigures plus(ProactiveFigures other) {
        return new ProactiveFigures(regulations.plus(other.regulations),
                normativeDocuments.plus(other.normativeDocuments), sum(licensing, other.licensing),
                sum(penalties, other.penalties), sum(enforcement, other.enforcement),
                feesTenThousandYuan == null || other.feesTenThousandYuan == null ? null
                        : feesTenThousandYuan.add(other.feesTenThousandYuan));
    }

    /** The record with both document kinds present, as the body may leave one out. */
    ProactiveFigures filled() {
        return new ProactiveFigures(regulations == null ? DocumentCounts.NONE : regulations,
                normativeDocuments == null ? DocumentCounts.NONE : normativeDocuments, licensing, penalties,
                enforcement, feesTenThousandYuan);
    }

    private static Integer sum(Integer a, Integer b) {
        return a == null || b == null ? null : Math.addExact(a, b);
    }
}
