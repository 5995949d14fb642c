package cn.gov.disclosure.web;

import cn.gov.disclosure.calendar.WorkingDayCalendar;
import cn.gov.disclosure.cases.ApplicantType;
import cn.gov.disclosure.cases.CaseDetails;
import cn.gov.disclosure.cases.CaseQueries;
import cn.gov.disclosure.cases.CaseRules;
import cn.gov.disclosure.cases.CaseStatus;
import cn.gov.disclosure.cases.Channel;
import cn.gov.disclosure.cases.Deadlines;
import cn.gov.disclosure.cases.DeliveryForm;
import cn.gov.disclosure.cases.EventType;
import cn.gov.disclosure.cases.FeeMethod;
import cn.gov.disclosure.cases.Outcome;
import cn.gov.disclosure.cases.ResponseClock;
import cn.gov.disclosure.fee.Fee;
import cn.gov.disclosure.review.Review;
import cn.gov.disclosure.review.ReviewView;
import cn.gov.disclosure.statistics.AnnualTable;
import cn.gov.disclosure.statistics.ReportGrid;
import cn.gov.disclosure.statistics.StatisticsQueries;
import cn.gov.disclosure.statistics.StatisticsService;
import io.quarkus.qute.TemplateData;

/** The other features' types the web templates read, so that Qute resolves their members without reflection. */
@TemplateData(target = CaseDetails.class)
@TemplateData(target = CaseDetails.Applicant.class)
@TemplateData(target = CaseDetails.Department.class)
@TemplateData(target = CaseDetails.Correction.class)
@TemplateData(target = CaseDetails.Fee.class)
@TemplateData(target = CaseDetails.Event.class)
@TemplateData(target = CaseRules.class)
@TemplateData(target = Outcome.class)
@TemplateData(target = EventType.class)
@TemplateData(target = ApplicantType.class)
@TemplateData(target = Channel.class)
@TemplateData(target = DeliveryForm.class)
@TemplateData(target = CaseStatus.class)
@TemplateData(target = ResponseClock.class)
@TemplateData(target = FeeMethod.class)
@TemplateData(target = Review.Kind.class)
@TemplateData(target = Review.Result.class)
@TemplateData(target = CaseQueries.Page.class)
@TemplateData(target = Deadlines.Explanation.class)
@TemplateData(target = WorkingDayCalendar.ExcludedDay.class)
@TemplateData(target = WorkingDayCalendar.Pause.class)
@TemplateData(target = Fee.class)
@TemplateData(target = ReviewView.class)
@TemplateData(target = AnnualTable.class)
@TemplateData(target = AnnualTable.Check.class)
@TemplateData(target = ReportGrid.class)
@TemplateData(target = ReportGrid.Cell.class)
@TemplateData(target = StatisticsService.CellPage.class)
@TemplateData(target = StatisticsQueries.CellItem.class)
@TemplateData(target = StatisticsQueries.ReviewItem.class)
final class TemplateTypes {

    private TemplateTypes() {
    }
}
