package cn.gov.disclosure.web;

import java.util.List;

import cn.gov.disclosure.cases.CaseStatus;
import cn.gov.disclosure.cases.DisclosureCase;
import io.quarkus.qute.TemplateData;

/**
 * The actions the case page offers: those the case's state allows (as the process model and
 * CONTRACT.md define them) to a person with the role that carries them out. The services check
 * again; this only keeps buttons off the page that would be refused.
 */
@TemplateData
public record CaseActions(boolean accept, boolean requestCorrection, boolean correct, boolean withdraw,
        boolean decide, boolean consult, boolean thirdPartyReply, boolean extend, boolean feeNotice,
        boolean feePayment, boolean reviews) {

    static CaseActions of(DisclosureCase c, Viewer viewer) {
        CaseStatus s = c.status;
        boolean clerk = viewer.isClerk();
        boolean handler = viewer.isHandler();
        boolean office = viewer.isOffice();
        return new CaseActions(
                clerk && s == CaseStatus.RECEIVED,
                clerk && !c.correctionRequested && (s == CaseStatus.RECEIVED || s == CaseStatus.IN_PROGRESS),
                clerk && s == CaseStatus.CORRECTION_REQUESTED,
                clerk && c.isOpen(),
                handler && s == CaseStatus.IN_PROGRESS,
                handler && s == CaseStatus.IN_PROGRESS,
                handler && s == CaseStatus.THIRD_PARTY_CONSULTATION,
                office && s == CaseStatus.IN_PROGRESS && !c.extended && c.responseDueOn != null,
                office && s == CaseStatus.IN_PROGRESS && c.feeMethod == null,
                office && s == CaseStatus.AWAITING_FEE,
                office);
    }

    /**
     * Whether the case page shows the action form with this id, where a refusal of it appears. A
     * form submitted from a page gone stale (the case moved on, or the action was taken once
     * already) is not shown again, and its refusal needs a place of its own.
     */
    boolean shows(String form, List<ReviewRow> reviewRows) {
        return switch (form) {
            case "acceptance" -> accept;
            case "correction-request" -> requestCorrection;
            case "correction" -> correct;
            case "withdrawal" -> withdraw;
            case "decision" -> decide;
            case "third-party-consultation" -> consult;
            case "third-party-reply" -> thirdPartyReply;
            case "extension" -> extend;
            case "fee-notice" -> feeNotice;
            case "fee-payment" -> feePayment;
            case "reconsideration", "litigation" -> reviews;
            default -> reviews && reviewRows.stream()
                    .anyMatch(row -> row.formId().equals(form) && row.review().result() == null);
        };
    }

    public boolean any() {
        return accept || requestCorrection || correct || withdraw || decide || consult || thirdPartyReply || extend
                || feeNotice || feePayment || reviews;
    }
}
