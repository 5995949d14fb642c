package cn.gov.disclosure.web;

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

    public boolean any() {
        return accept || requestCorrection || correct || withdraw || decide || consult || thirdPartyReply || extend
                || feeNotice || feePayment || reviews;
    }
}
