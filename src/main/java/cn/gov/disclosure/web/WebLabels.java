package cn.gov.disclosure.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import cn.gov.disclosure.calendar.WorkingDayCalendar;
import cn.gov.disclosure.cases.ApplicantType;
import cn.gov.disclosure.cases.CaseDetails;
import cn.gov.disclosure.cases.CaseStatus;
import cn.gov.disclosure.cases.Channel;
import cn.gov.disclosure.cases.DeliveryForm;
import cn.gov.disclosure.cases.CaseAction.EventType;
import cn.gov.disclosure.cases.FeeMethod;
import cn.gov.disclosure.cases.Outcome;
import cn.gov.disclosure.cases.ResponseClock;
import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.common.Wording;
import cn.gov.disclosure.documents.DocumentView;
import cn.gov.disclosure.documents.ServiceMethod;
import cn.gov.disclosure.review.Review;
import cn.gov.disclosure.statistics.TableLayout;
import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

/**
 * The Chinese names of the domain's codes, as templates show them: {@code {c.status.label}}. The
 * wording is the bundle's ({@link Wording}); outcomes and applicant types use the annual table's
 * own wording, so the decision and the table never disagree.
 */
@TemplateExtension
public final class WebLabels {

    private static final DateTimeFormatter ENTERED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private WebLabels() {
    }

    /** When an entry was keyed in, on the agency's clock (instants are kept in UTC): {@code {e.at.entered}}. */
    static String entered(Instant at) {
        return ENTERED.format(at.atZone(Arc.container().instance(BusinessDates.class).get().zone()));
    }

    static String role(String role) {
        return Wording.chinese("role." + role);
    }

    static String label(CaseStatus status) {
        return Wording.label(status);
    }

    static String label(EventType type) {
        return Wording.label(type);
    }

    /** The table's column, except that its bare 其他 becomes 其他组织 when it stands alone. */
    static String label(ApplicantType type) {
        return type == ApplicantType.OTHER_ORGANIZATION ? Wording.label(type)
                : TableLayout.COLUMN_LABELS.get(type.name());
    }

    static String label(Channel channel) {
        return Wording.label(channel);
    }

    static String label(DeliveryForm form) {
        return Wording.label(form);
    }

    static String label(ResponseClock clock) {
        return Wording.label(clock);
    }

    static String label(FeeMethod method) {
        return Wording.label(method);
    }

    /** The table's wording of the outcome's row, e.g. 予以公开 for （一）. */
    static String label(Outcome outcome) {
        return TableLayout.OUTCOME_LABELS.get(outcome).text();
    }

    /** The provision of 《政府信息公开条例》 the outcome rests on, for the decision form: {@code {o.basis}}. */
    static String basis(Outcome outcome) {
        return Wording.chinese("Outcome.basis." + outcome.name());
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

    static String label(ServiceMethod method) {
        return Wording.label(method);
    }

    /** The id of the form that records a letter's service on the case page: {@code {d.serviceForm}}. */
    static String serviceForm(DocumentView document) {
        return ApplicationPages.serviceForm(document.id());
    }

    static String label(Review.Kind kind) {
        return Wording.label(kind);
    }

    static String label(Review.Result result) {
        return Wording.label(result);
    }

    static String label(WorkingDayCalendar.Exclusion exclusion) {
        return Wording.label(exclusion);
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
        return c.deadlineProblem() == null ? null : Wording.chinese("deadline.calendar-missing");
    }
}
