package cn.gov.disclosure.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import cn.gov.disclosure.calendar.WorkingDayCalendar;
import cn.gov.disclosure.cases.ApplicantType;
import cn.gov.disclosure.cases.CaseDetails;
import cn.gov.disclosure.cases.CaseStatus;
import cn.gov.disclosure.cases.Channel;
import cn.gov.disclosure.cases.DeliveryForm;
import cn.gov.disclosure.cases.EventType;
import cn.gov.disclosure.cases.FeeMethod;
import cn.gov.disclosure.cases.Outcome;
import cn.gov.disclosure.cases.ResponseClock;
import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.review.Review;
import cn.gov.disclosure.security.Roles;
import cn.gov.disclosure.statistics.TableLayout;
import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

/**
 * The Chinese names of the domain's codes, as templates show them: {@code {c.status.label}}.
 * Outcomes use the annual table's own wording, so the decision and the table never disagree.
 */
@TemplateExtension
public final class WebLabels {

    static final Map<String, String> ROLES = Map.of(Roles.CLERK, "登记员", Roles.HANDLER, "承办人", Roles.OFFICE, "公开办",
            Roles.ADMIN, "管理员");

    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("RECEIVED", "收到申请（登记）"),
            Map.entry("ACCEPTED", "受理并转交承办部门"),
            Map.entry("CORRECTION_REQUESTED", "要求补正"),
            Map.entry("CORRECTED", "收到补正"),
            Map.entry("CORRECTION_LAPSED", "逾期未补正"),
            Map.entry("THIRD_PARTY_CONSULTATION_STARTED", "征求第三方意见"),
            Map.entry("THIRD_PARTY_REPLIED", "收到第三方意见"),
            Map.entry("THIRD_PARTY_CONSULTATION_ENDED", "征求意见期限届满"),
            Map.entry("EXTENDED", "延长答复期限"),
            Map.entry("FEE_NOTIFIED", "发出收费通知"),
            Map.entry("FEE_PAID", "缴纳费用"),
            Map.entry("FEE_LAPSED", "逾期未缴费"),
            Map.entry("DECIDED", "作出答复"),
            Map.entry("WITHDRAWN", "撤回申请"),
            Map.entry("OUTCOME_CORRECTED", "更正办理结果"),
            Map.entry("LAPSE_REVOKED", "撤销逾期处理（期限内的补正、缴费或者第三方意见后补登记）"));

    private static final DateTimeFormatter ENTERED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private WebLabels() {
    }

    /** When an entry was keyed in, on the agency's clock (instants are kept in UTC): {@code {e.at.entered}}. */
    static String entered(Instant at) {
        return ENTERED.format(at.atZone(Arc.container().instance(BusinessDates.class).get().zone()));
    }

    static String role(String role) {
        return ROLES.getOrDefault(role, role);
    }

    static String label(CaseStatus status) {
        return switch (status) {
            case RECEIVED -> "待审查";
            case CORRECTION_REQUESTED -> "待补正";
            case IN_PROGRESS -> "办理中";
            case THIRD_PARTY_CONSULTATION -> "征求第三方意见中";
            case AWAITING_FEE -> "待缴费";
            case CLOSED -> "已办结";
        };
    }

    /** The table's column, except that its bare 其他 becomes 其他组织 when it stands alone. */
    static String label(ApplicantType type) {
        return type == ApplicantType.OTHER_ORGANIZATION ? "其他组织" : TableLayout.COLUMN_LABELS.get(type.name());
    }

    static String label(Channel channel) {
        return switch (channel) {
            case IN_PERSON -> "当面提交";
            case MAIL -> "邮寄";
            case ONLINE -> "互联网";
            case FAX -> "传真";
            case ORAL -> "口头提出（代为填写）";
        };
    }

    static String label(DeliveryForm form) {
        return switch (form) {
            case PAPER -> "纸质";
            case EMAIL -> "电子邮件";
            case ELECTRONIC_MEDIA -> "光盘等电子介质";
            case INSPECTION -> "当场查阅、抄录";
        };
    }

    static String label(ResponseClock clock) {
        return switch (clock) {
            case RUNNING -> "计时中";
            case PAUSED -> "已暂停";
            case STOPPED -> "已停止";
        };
    }

    static String label(FeeMethod method) {
        return method == FeeMethod.PER_APPLICATION ? "按件计收" : "按量计收";
    }

    /** The table's wording of the outcome's row, e.g. 予以公开 for （一）. */
    static String label(Outcome outcome) {
        return TableLayout.OUTCOME_LABELS.get(outcome).text();
    }

    /** The outcome's full row in the table, e.g. （三）不予公开 1.属于国家秘密, or （一）予以公开. */
    static String row(Outcome outcome) {
        TableLayout.OutcomeLabel label = TableLayout.OUTCOME_LABELS.get(outcome);
        return label.item() == null ? label.group() : label.group() + " " + label.item();
    }

    /** The outcome's group in the table, e.g. （三）不予公开. */
    static String group(Outcome outcome) {
        return TableLayout.OUTCOME_LABELS.get(outcome).group();
    }

    static String label(Review.Kind kind) {
        return kind == Review.Kind.RECONSIDERATION ? "行政复议" : "行政诉讼";
    }

    static String label(Review.Result result) {
        return switch (result) {
            case MAINTAINED -> "结果维持";
            case CORRECTED -> "结果纠正";
            case OTHER -> "其他结果";
        };
    }

    static String label(WorkingDayCalendar.Exclusion exclusion) {
        return switch (exclusion) {
            case WEEKEND -> "周末";
            case HOLIDAY -> "法定节假日";
            case PAUSED -> "暂停计算";
        };
    }

    /** An outcome code as the statistics queries give it (a string). */
    static String outcomeLabel(String code) {
        return label(Outcome.valueOf(code));
    }

    /** A review result code as the statistics queries give it (a string). */
    static String reviewResultLabel(String code) {
        return label(Review.Result.valueOf(code));
    }

    /**
     * Why an open case has no response due date, or null. The case keeps the reason in English for
     * the API; its one cause is a working-day calendar not loaded for a year the period reaches.
     */
    static String deadlineProblemLabel(CaseDetails c) {
        return c.deadlineProblem() == null ? null : "所涉年份的工作日历尚未载入，答复期限暂时无法计算；请管理员载入工作日历";
    }

    static String label(EventType type) {
        return EVENTS.getOrDefault(type.name(), type.name());
    }
}
