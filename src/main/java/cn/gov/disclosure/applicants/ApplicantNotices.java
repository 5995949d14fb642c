package cn.gov.disclosure.applicants;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import cn.gov.disclosure.agency.AgencyService;
import cn.gov.disclosure.cases.CaseStepRecorded;
import cn.gov.disclosure.cases.DisclosureCase;
import cn.gov.disclosure.cases.CaseAction.EventType;
import cn.gov.disclosure.common.Wording;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;

/**
 * Tells an applicant who applied online and gave an e-mail address what their application's
 * steps mean for them: submitted, confirmed with its due date, a correction asked for, a letter
 * issued, closed. The mail says where the application stands and how to follow it (by its
 * reference and query code, which it never repeats); the letters themselves are fetched there or
 * served by the office. It is worded inside the step's transaction and sent once that commits, so a
 * step rolled back tells nobody; a mail the server refuses is logged and the step stands.
 */
@ApplicationScoped
class ApplicantNotices {

    private static final Logger LOG = Logger.getLogger(ApplicantNotices.class);

    /** The steps an applicant hears of; the office's own (acceptance, a reply received, a payment) are not. */
    private static final Set<EventType> TOLD = EnumSet.of(EventType.SUBMITTED_ONLINE, EventType.RECEIVED,
            EventType.SUBMISSION_REJECTED, EventType.CORRECTION_REQUESTED, EventType.THIRD_PARTY_CONSULTATION_STARTED,
            EventType.EXTENDED, EventType.FEE_NOTIFIED, EventType.DECIDED, EventType.WITHDRAWN,
            EventType.CORRECTION_LAPSED, EventType.FEE_LAPSED);

    /** A mail worded, waiting for its step to commit. */
    record Notice(UUID caseId, String to, String subject, String body) {
    }

    @Inject
    Event<Notice> notices;

    @Inject
    ReactiveMailer mailer;

    @Inject
    AgencyService agencies;

    void word(@Observes CaseStepRecorded step) {
        DisclosureCase c = step.c();
        if (c.reference == null || c.applicantEmail == null || !TOLD.contains(step.event().type)) {
            return;
        }
        String agency = agencies.name(c.agencyCode);
        String reason = step.event().type == EventType.SUBMISSION_REJECTED
                ? (String) step.event().details.get("reason") : null;
        String explanation = ApplicantStatus.explanation(c, agency, reason);
        notices.fire(new Notice(c.id, c.applicantEmail,
                Wording.chinese("ApplicantNotice.subject", "agency", agency, "reference", c.reference),
                Wording.chinese("ApplicantNotice.body", "name", c.applicantName, "reference", c.reference,
                        "explanation", explanation, "agency", agency)));
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notice notice) {
        mailer.send(Mail.withText(notice.to(), notice.subject(), notice.body())).subscribe().with(
                sent -> LOG.debugf("Notice sent for case %s", notice.caseId()),
                failed -> LOG.warnf("Notice for case %s was not sent: %s", notice.caseId(),
                        failed.getClass().getSimpleName()));
    }
}
