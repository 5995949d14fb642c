package cn.gov.disclosure.ledger;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.disclosure.cases.ApplicantType;
import cn.gov.disclosure.cases.Channel;
import cn.gov.disclosure.cases.DeliveryForm;
import cn.gov.disclosure.cases.FeeMethod;
import cn.gov.disclosure.cases.Outcome;
import cn.gov.disclosure.review.Review;
import cn.gov.disclosure.statistics.TableLayout;

/**
 * The ledger's layout (CONTRACT "Taking over existing records"): its two sheets, their headers in
 * the order the service writes them, and the words a ledger may use for each coded value. Reading
 * takes the headers in any order and a code wherever a word is expected.
 */
final class LedgerLayout {

    static final String APPLICATIONS = "申请";
    static final String REVIEWS = "复议诉讼";
    static final String INSTRUCTIONS = "填写说明";

    /** The columns of both sheets: 申请, one row per application, then 复议诉讼, one row per review. */
    enum Column {
        NUMBER(APPLICATIONS, "登记编号", true, "本机关对该申请的登记编号，本机关内不得重复"),
        APPLICANT_TYPE(APPLICATIONS, "申请人类型", true, "自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他"),
        APPLICANT_NAME(APPLICATIONS, "申请人姓名或名称", true, null),
        ID_NUMBER(APPLICATIONS, "证件号码", false, null),
        PHONE(APPLICATIONS, "联系电话", false, null),
        EMAIL(APPLICATIONS, "电子邮箱", false, null),
        ADDRESS(APPLICATIONS, "通讯地址", false, null),
        CHANNEL(APPLICATIONS, "申请方式", true, "当面、信函、网络、传真、口头"),
        RECEIVED_ON(APPLICATIONS, "收到申请日期", true, "YYYY-MM-DD，或表格的日期单元格（下同）"),
        DESCRIPTION(APPLICATIONS, "所需信息内容描述", true, null),
        DELIVERY_FORM(APPLICATIONS, "获取信息方式", false, "纸质、电子邮件、光盘、当场查阅"),
        DEPARTMENT(APPLICATIONS, "承办部门", false, "承办部门的代码，与受理日期同填"),
        ACCEPTED_ON(APPLICATIONS, "受理日期", false, "交承办部门办理之日"),
        CORRECTION_REQUESTED_ON(APPLICATIONS, "补正告知日期", false, null),
        CORRECTION_DUE_ON(APPLICATIONS, "补正期限", false, "补正期限的最后一日；不填则按规定的工作日数计算"),
        CORRECTED_ON(APPLICATIONS, "补正收到日期", false, null),
        CONSULTED_ON(APPLICATIONS, "征求意见日期", false, "须在受理之后"),
        CONSULTATION_REPLIED_ON(APPLICATIONS, "征求意见答复日期", false, null),
        EXTENDED_ON(APPLICATIONS, "延期日期", false, "须在受理之后"),
        FEE_NOTIFIED_ON(APPLICATIONS, "收费通知日期", false, "须在受理之后"),
        FEE_METHOD(APPLICATIONS, "收费方式", false, "按件、按量"),
        FEE_PAGES(APPLICATIONS, "收费页数", false, "按量收费的页数"),
        FEE_PAID_ON(APPLICATIONS, "缴费日期", false, null),
        CLOSED_ON(APPLICATIONS, "办结日期", false, "仍在办理的不填"),
        OUTCOME(APPLICATIONS, "办理结果", false,
                "年度报告表三的办理结果（如 予以公开、属于国家秘密、其他），与办结日期同填"),

        REVIEW_NUMBER(REVIEWS, "登记编号", true, "所涉申请的登记编号"),
        REVIEW_KIND(REVIEWS, "类别", true, "行政复议、行政诉讼"),
        AFTER_RECONSIDERATION(REVIEWS, "复议后起诉", false, "是、否（行政诉讼时填写）"),
        FILED_ON(REVIEWS, "提起日期", true, null),
        RESULT(REVIEWS, "结果", false, "维持、纠正、其他；尚未审结的不填"),
        CONCLUDED_ON(REVIEWS, "审结日期", false, "与结果同填");

        final String sheet;
        final String header;
        final boolean required;
        final String hint;

        Column(String sheet, String header, boolean required, String hint) {
            this.sheet = sheet;
            this.header = header;
            this.required = required;
            this.hint = hint;
        }

        /** The columns of {@code sheet}, in the order the service writes them. */
        static List<Column> of(String sheet) {
            return Arrays.stream(values()).filter(c -> c.sheet.equals(sheet)).toList();
        }
    }

    /**
     * The words of one coded value: the first is the one the service writes; codes are read too.
     * A word is matched after its spaces are dropped.
     */
    static final class Vocabulary<E extends Enum<E>> {

        private final Class<E> type;
        private final Map<E, String> written = new LinkedHashMap<>();
        private final Map<String, E> read = new LinkedHashMap<>();

        Vocabulary(Class<E> type) {
            this.type = type;
        }

        Vocabulary<E> word(E value, String... words) {
            written.putIfAbsent(value, words[0]);
            Arrays.stream(words).forEach(word -> read.put(word, value));
            return this;
        }

        /** The value a cell names, by word or by code. */
        Optional<E> read(String cell) {
            String word = cell.replaceAll("\\s", "");
            E value = read.get(word);
            if (value != null) {
                return Optional.of(value);
            }
            return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(word)).findFirst();
        }

        String write(E value) {
            return written.get(value);
        }

        /** The words the service writes, for a refusal that lists what a cell may say. */
        List<String> words() {
            return List.copyOf(written.values());
        }
    }

    static final Vocabulary<ApplicantType> APPLICANT_TYPES = new Vocabulary<>(ApplicantType.class);
    static final Vocabulary<Outcome> OUTCOMES = new Vocabulary<>(Outcome.class);

    static {
        for (ApplicantType type : ApplicantType.values()) {
            APPLICANT_TYPES.word(type, TableLayout.COLUMN_LABELS.get(type.name()));
        }
        for (Outcome outcome : Outcome.values()) {
            String text = TableLayout.OUTCOME_LABELS.get(outcome).text();
            // The report's two lapse rows are printed with either joiner (DOMAIN.md §2.2).
            OUTCOMES.word(outcome, text, text.replace("、行政机关", "，行政机关"));
        }
        // The row's words without the report's note in brackets, as offices write them.
        OUTCOMES.word(Outcome.PARTIALLY_GRANTED, "部分公开");
    }

    static final Vocabulary<Channel> CHANNELS = new Vocabulary<>(Channel.class)
            .word(Channel.IN_PERSON, "当面", "当面提交").word(Channel.MAIL, "信函", "邮寄")
            .word(Channel.ONLINE, "网络", "互联网", "网上").word(Channel.FAX, "传真").word(Channel.ORAL, "口头");

    static final Vocabulary<DeliveryForm> DELIVERY_FORMS = new Vocabulary<>(DeliveryForm.class)
            .word(DeliveryForm.PAPER, "纸质").word(DeliveryForm.EMAIL, "电子邮件")
            .word(DeliveryForm.ELECTRONIC_MEDIA, "光盘", "光盘等电子介质").word(DeliveryForm.INSPECTION, "当场查阅", "当场查阅、抄录");

    static final Vocabulary<FeeMethod> FEE_METHODS = new Vocabulary<>(FeeMethod.class)
            .word(FeeMethod.PER_APPLICATION, "按件", "按件计收").word(FeeMethod.PER_VOLUME, "按量", "按量计收");

    static final Vocabulary<Review.Kind> REVIEW_KINDS = new Vocabulary<>(Review.Kind.class)
            .word(Review.Kind.RECONSIDERATION, "行政复议", "复议").word(Review.Kind.LITIGATION, "行政诉讼", "诉讼");

    static final Vocabulary<Review.Result> REVIEW_RESULTS = new Vocabulary<>(Review.Result.class)
            .word(Review.Result.MAINTAINED, "维持", "结果维持").word(Review.Result.CORRECTED, "纠正", "结果纠正")
            .word(Review.Result.OTHER, "其他", "其他结果");

    static final String YES = "是";
    static final String NO = "否";

    private LedgerLayout() {
    }
}
