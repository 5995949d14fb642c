package cn.gov.disclosure.report;

import java.util.ArrayList;
import java.util.List;

import cn.gov.disclosure.statistics.AnnualTable;

/** The checks of section 二 (CONTRACT.md "The whole annual report"), beside those of the statistics. */
final class ReportChecks {

    private ReportChecks() {
    }

    /**
     * @param lastYear section 二 of the year before, where its report is in the service; else null
     */
    static List<AnnualTable.Check> of(ProactiveFigures figures, ProactiveFigures lastYear, int year) {
        List<String> missing = new ArrayList<>();
        figures.countsByField().forEach((field, figure) -> {
            if (figure == null || figure < 0) {
                missing.add(field);
            }
        });
        if (figures.feesTenThousandYuan() == null || figures.feesTenThousandYuan().signum() < 0) {
            missing.add("feesTenThousandYuan");
        }
        return List.of(check("PROACTIVE_FIGURES", "二：每个数字均已填写，且不为负数", missing),
                inForce(figures, lastYear, year));
    }

    /** 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数, for both kinds of document. */
    private static AnnualTable.Check inForce(ProactiveFigures figures, ProactiveFigures lastYear, int year) {
        String description = "二：现行有效件数 = " + (year - 1) + "年度的现行有效件数 + 本年制发件数 − 本年废止件数";
        if (lastYear == null) {
            return new AnnualTable.Check("IN_FORCE_FOLLOWS_LAST_YEAR", description, true,
                    (year - 1) + "年度报告未录入，未核对");
        }
        List<String> failures = new ArrayList<>();
        follows("regulations", figures.regulations(), lastYear.regulations().inForce(), failures);
        follows("normativeDocuments", figures.normativeDocuments(), lastYear.normativeDocuments().inForce(), failures);
        return check("IN_FORCE_FOLLOWS_LAST_YEAR", description, failures);
    }

    private static void follows(String kind, ProactiveFigures.DocumentCounts counts, Integer previous,
            List<String> failures) {
        if (previous == null || counts.issued() == null || counts.repealed() == null || counts.inForce() == null) {
            failures.add(kind + ": 未填写");
        } else if (counts.inForce() != (long) previous + counts.issued() - counts.repealed()) {
            failures.add(kind + ": " + previous + " + " + counts.issued() + " − " + counts.repealed() + " ≠ "
                    + counts.inForce());
        }
    }

    private static AnnualTable.Check check(String rule, String description, List<String> failures) {
        return new AnnualTable.Check(rule, description, failures.isEmpty(),
                failures.isEmpty() ? null : String.join("; ", failures));
    }
}
