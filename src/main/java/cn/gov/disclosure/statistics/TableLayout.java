package cn.gov.disclosure.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.disclosure.cases.ApplicantType;
import cn.gov.disclosure.cases.Outcome;

/**
 * The rows and columns of sections 三 and 四 as the 2021 report format lays them out
 * (DOMAIN.md §2.2, §2.3): their keys in the JSON and their Chinese labels in the exports.
 */
public final class TableLayout {

    public static final String NEW = "NEW";
    public static final String CARRIED_IN = "CARRIED_IN";
    public static final String TOTAL_CLOSED = "TOTAL_CLOSED";
    public static final String CARRIED_OUT = "CARRIED_OUT";
    public static final String TOTAL = "TOTAL";

    public static final String RECONSIDERATION = "RECONSIDERATION";
    public static final String LITIGATION_DIRECT = "LITIGATION_DIRECT";
    public static final String LITIGATION_AFTER_RECONSIDERATION = "LITIGATION_AFTER_RECONSIDERATION";
    public static final String PENDING = "PENDING";

    /** Section 三's columns: the six applicant types, then 总计. */
    public static final List<String> COLUMNS = keys(ApplicantType.values(), TOTAL);

    /** Section 三's rows in the table's order. */
    public static final List<String> ROWS;

    /** Section 四's groups and the columns each of them has. */
    public static final List<String> REVIEW_ROWS = List.of(RECONSIDERATION, LITIGATION_DIRECT,
            LITIGATION_AFTER_RECONSIDERATION);
    public static final List<String> REVIEW_COLUMNS = List.of("MAINTAINED", "CORRECTED", "OTHER", PENDING, TOTAL);

    static {
        List<String> rows = new ArrayList<>(List.of(NEW, CARRIED_IN));
        rows.addAll(keys(Outcome.values()));
        rows.add(TOTAL_CLOSED);
        rows.add(CARRIED_OUT);
        ROWS = List.copyOf(rows);
    }

    public static final String BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    public static final Map<String, String> COLUMN_LABELS = Map.of(
            "NATURAL_PERSON", "自然人",
            "COMMERCIAL_ENTERPRISE", "商业企业",
            "RESEARCH_INSTITUTION", "科研机构",
            "SOCIAL_WELFARE_ORGANIZATION", "社会公益组织",
            "LEGAL_SERVICE_INSTITUTION", "法律服务机构",
            "OTHER_ORGANIZATION", "其他",
            TOTAL, "总计");

    /** An outcome row's group (（一）…（六）) and, where the group has several, its numbered item. */
    public record OutcomeLabel(String group, String item) {

        /** The row's own wording: the item where the group has several, else the group's. */
        public String text() {
            return item == null ? group.substring(group.indexOf('）') + 1) : item.substring(item.indexOf('.') + 1);
        }
    }

    public static final Map<Outcome, OutcomeLabel> OUTCOME_LABELS = Map.ofEntries(
            Map.entry(Outcome.GRANTED, new OutcomeLabel("（一）予以公开", null)),
            Map.entry(Outcome.PARTIALLY_GRANTED,
                    new OutcomeLabel("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", null)),
            Map.entry(Outcome.WITHHELD_STATE_SECRET, new OutcomeLabel("（三）不予公开", "1.属于国家秘密")),
            Map.entry(Outcome.WITHHELD_PROHIBITED_BY_LAW, new OutcomeLabel("（三）不予公开", "2.其他法律行政法规禁止公开")),
            Map.entry(Outcome.WITHHELD_SECURITY_STABILITY, new OutcomeLabel("（三）不予公开", "3.危及“三安全一稳定”")),
            Map.entry(Outcome.WITHHELD_THIRD_PARTY_RIGHTS, new OutcomeLabel("（三）不予公开", "4.保护第三方合法权益")),
            Map.entry(Outcome.WITHHELD_INTERNAL_AFFAIRS, new OutcomeLabel("（三）不予公开", "5.属于三类内部事务信息")),
            Map.entry(Outcome.WITHHELD_PROCESS_INFORMATION, new OutcomeLabel("（三）不予公开", "6.属于四类过程性信息")),
            Map.entry(Outcome.WITHHELD_ENFORCEMENT_FILE, new OutcomeLabel("（三）不予公开", "7.属于行政执法案卷")),
            Map.entry(Outcome.WITHHELD_QUERY_MATTER, new OutcomeLabel("（三）不予公开", "8.属于行政查询事项")),
            Map.entry(Outcome.UNAVAILABLE_NOT_HELD, new OutcomeLabel("（四）无法提供", "1.本机关不掌握相关政府信息")),
            Map.entry(Outcome.UNAVAILABLE_NEEDS_CREATION, new OutcomeLabel("（四）无法提供", "2.没有现成信息需要另行制作")),
            Map.entry(Outcome.UNAVAILABLE_STILL_UNCLEAR, new OutcomeLabel("（四）无法提供", "3.补正后申请内容仍不明确")),
            Map.entry(Outcome.NOT_PROCESSED_PETITION, new OutcomeLabel("（五）不予处理", "1.信访举报投诉类申请")),
            Map.entry(Outcome.NOT_PROCESSED_REPEAT, new OutcomeLabel("（五）不予处理", "2.重复申请")),
            Map.entry(Outcome.NOT_PROCESSED_PUBLICATION, new OutcomeLabel("（五）不予处理", "3.要求提供公开出版物")),
            Map.entry(Outcome.NOT_PROCESSED_EXCESSIVE, new OutcomeLabel("（五）不予处理", "4.无正当理由大量反复申请")),
            Map.entry(Outcome.NOT_PROCESSED_CONFIRMATION,
                    new OutcomeLabel("（五）不予处理", "5.要求行政机关确认或重新出具已获取信息")),
            Map.entry(Outcome.OTHER_NO_CORRECTION, new OutcomeLabel("（六）其他处理",
                    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")),
            Map.entry(Outcome.OTHER_FEE_UNPAID, new OutcomeLabel("（六）其他处理",
                    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请")),
            Map.entry(Outcome.OTHER, new OutcomeLabel("（六）其他处理", "3.其他")));

    static final String NEW_LABEL = "一、本年新收政府信息公开申请数量";
    static final String CARRIED_IN_LABEL = "二、上年结转政府信息公开申请数量";
    static final String RESULTS_LABEL = "三、本年度办理结果";
    static final String TOTAL_CLOSED_LABEL = "（七）总计";
    static final String CARRIED_OUT_LABEL = "四、结转下年度继续办理";

    static final Map<String, String> REVIEW_COLUMN_LABELS = Map.of(
            "MAINTAINED", "结果维持", "CORRECTED", "结果纠正", "OTHER", "其他结果", PENDING, "尚未审结", TOTAL, "总计");

    private TableLayout() {
    }

    /** The printed label of any row key of section 三 or group of section 四 (for headings of drill-down lists). */
    public static String rowLabel(String key) {
        return switch (key) {
            case NEW -> NEW_LABEL;
            case CARRIED_IN -> CARRIED_IN_LABEL;
            case TOTAL_CLOSED -> RESULTS_LABEL + TOTAL_CLOSED_LABEL;
            case CARRIED_OUT -> CARRIED_OUT_LABEL;
            case RECONSIDERATION -> "行政复议";
            case LITIGATION_DIRECT -> "行政诉讼（未经复议直接起诉）";
            case LITIGATION_AFTER_RECONSIDERATION -> "行政诉讼（复议后起诉）";
            default -> {
                OutcomeLabel label = OUTCOME_LABELS.get(Outcome.valueOf(key));
                yield RESULTS_LABEL + label.group() + (label.item() == null ? "" : label.item());
            }
        };
    }

    /** The printed label of any column key of section 三 or 四. */
    public static String columnLabel(String key) {
        return COLUMN_LABELS.containsKey(key) ? COLUMN_LABELS.get(key) : REVIEW_COLUMN_LABELS.get(key);
    }

    /** Whether a row of section 三 is one of the outcome rows that （七）总计 adds up. */
    static boolean isOutcomeRow(String row) {
        return !row.equals(NEW) && !row.equals(CARRIED_IN) && !row.equals(TOTAL_CLOSED) && !row.equals(CARRIED_OUT);
    }

    private static List<String> keys(Enum<?>[] values, String... more) {
        List<String> keys = new ArrayList<>();
        for (Enum<?> value : values) {
            keys.add(value.name());
        }
        keys.addAll(List.of(more));
        return List.copyOf(keys);
    }
}
