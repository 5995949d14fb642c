package cn.gov.disclosure.applicants;

import java.time.LocalDate;
import java.util.List;

import cn.gov.disclosure.cases.CaseStatus;
import cn.gov.disclosure.cases.DisclosureCase;
import cn.gov.disclosure.cases.Outcome;
import cn.gov.disclosure.cases.ResponseClock;
import cn.gov.disclosure.common.Wording;
import cn.gov.disclosure.documents.ChineseDates;
import cn.gov.disclosure.documents.DocumentQueries;

/**
 * Where an application stands, as its applicant may see it: dates, the status and the letters
 * addressed to them, with a sentence in plain Chinese that says what the status means for them.
 * Nothing else of the case: no ID number, phone, address or e-mail, no handler, no note.
 */
public record ApplicantStatus(String reference, String agency, String agencyName, CaseStatus status,
        LocalDate submittedOn, LocalDate receivedOn, LocalDate responseDueOn, ResponseClock clock, Outcome outcome,
        LocalDate closedOn, String explanation, List<DocumentQueries.ToApplicant> documents) {

    static ApplicantStatus of(DisclosureCase c, String agencyName, String rejectionReason,
            List<DocumentQueries.ToApplicant> documents) {
        return new ApplicantStatus(c.reference, c.agencyCode, agencyName, c.status, c.submittedOn, c.receivedOn,
                c.responseDueOn, c.clock, c.outcome, c.closedOn, explanation(c, agencyName, rejectionReason),
                documents);
    }

    /** What the status means for the applicant, worded by the bundle's {@code ApplicantStatus.*}. */
    static String explanation(DisclosureCase c, String agencyName, String rejectionReason) {
        String key = "ApplicantStatus." + c.status.name();
        return switch (c.status) {
            case SUBMITTED_ONLINE -> Wording.chinese(key, "submittedOn", day(c.submittedOn), "agency", agencyName);
            case REJECTED -> Wording.chinese(key, "agency", agencyName, "reason", rejectionReason);
            case CORRECTION_REQUESTED -> Wording.chinese(key, "dueOn", day(c.correctionDueOn));
            case AWAITING_FEE -> Wording.chinese(key, "dueOn", day(c.feeDueOn));
            case CLOSED -> Wording.chinese(key, "closedOn", day(c.closedOn));
            case THIRD_PARTY_CONSULTATION -> Wording.chinese(key);
            case RECEIVED, IN_PROGRESS -> c.responseDueOn == null ? Wording.chinese("ApplicantStatus.NO_DUE_DATE")
                    : Wording.chinese(key + (c.extended ? ".EXTENDED" : ""), "dueOn", day(c.responseDueOn),
                            "agency", agencyName);
        };
    }

    private static String day(LocalDate day) {
        return day == null ? "" : ChineseDates.date(day);
    }
}
