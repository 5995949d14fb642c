package cn.gov.disclosure.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import cn.gov.disclosure.agency.Agency;
import cn.gov.disclosure.cases.DisclosureCase;
import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.common.Wording;
import cn.gov.disclosure.security.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Records how each letter was served (送达) and prints its 送达回证. Whoever may see the letter's
 * case may record its service; the records are kept as entered.
 *
 * <p>A letter served by e-mail is sent first, synchronously, and recorded only once the mail
 * server has accepted it: a record of service never stands for a mail that did not go out. The
 * opposite order (record, then send after the commit) would keep a record of every mail the
 * server then refused. Should the record fail after the mail went out (the database gone in
 * between), the failure is logged with the letter's id and the Message-ID, never the address, and
 * the request fails, so the person sees that the record is missing while the mail is delivered.
 */
@ApplicationScoped
public class DocumentServices {

    private static final Logger LOG = Logger.getLogger(DocumentServices.class);

    @Inject
    DocumentQueries documents;

    @Inject
    ServiceMail mail;

    @Inject
    LetterPrints prints;

    @Inject
    ServiceReceiptPdf receipts;

    @Inject
    BusinessDates dates;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** A service recorded, and the case whose document list shows it. */
    public record Served(UUID caseId, ServiceView service) {
    }

    /** A service checked against its letter, ready to be recorded (and, by e-mail, sent). */
    private record Checked(UUID caseId, UUID documentId, ServiceMethod method, LocalDate on, String trackingNumber,
            LocalDate receivedOn, String signer, ServiceMail.Letter letter, String address) {
    }

    /** Records a service of the letter {@code documentId}; EMAIL sends it first. */
    public Served record(UUID documentId, ServiceRequest request) {
        return record(null, documentId, request);
    }

    /**
     * The same, for a letter reached through its case ({@code caseId}, from the case page): a letter
     * of another case is not found.
     */
    public Served record(UUID caseId, UUID documentId, ServiceRequest request) {
        Checked checked = QuarkusTransaction.requiringNew().call(() -> check(caseId, documentId, request));
        String messageId = checked.method() == ServiceMethod.EMAIL ? mail.send(checked.letter(), checked.address())
                : null;
        try {
            return QuarkusTransaction.requiringNew().call(() -> store(checked, messageId));
        } catch (RuntimeException failed) {
            if (messageId != null) {
                LOG.warnf("Document %s was sent by e-mail (Message-ID %s), but its service could not be recorded: %s",
                        documentId, messageId, failed.getClass().getSimpleName());
            }
            throw failed;
        }
    }

    private Checked check(UUID caseId, UUID documentId, ServiceRequest request) {
        DocumentQueries.Visible visible = documents.visible(documentId);
        Document document = visible.document();
        DisclosureCase c = visible.c();
        if (caseId != null && !caseId.equals(c.id)) {
            throw Refusal.of(DocumentRefusal.NOT_FOUND, "id", documentId);
        }
        ServiceMethod method = request.method();
        LocalDate on = dates.dayOf("on", request.on());
        if (on.isBefore(document.issuedOn)) {
            throw Refusal.ofField("on", DocumentRefusal.SERVED_BEFORE_ISSUE, "issuedOn", document.issuedOn);
        }
        if (method == ServiceMethod.EMAIL && !on.equals(dates.today())) {
            throw Refusal.ofField("on", DocumentRefusal.EMAIL_SENT_TODAY, "today", dates.today());
        }
        LocalDate receivedOn = request.receivedOn() == null ? null : dates.dayOf("receivedOn", request.receivedOn());
        if (receivedOn != null && receivedOn.isBefore(on)) {
            throw Refusal.ofField("receivedOn", DocumentRefusal.RECEIVED_BEFORE_SERVICE, "on", on);
        }
        String trackingNumber = blankAsNull(request.trackingNumber());
        if (method == ServiceMethod.POST && trackingNumber == null) {
            throw Refusal.ofField("trackingNumber", DocumentRefusal.TRACKING_NUMBER_REQUIRED);
        }
        if (method != ServiceMethod.POST && trackingNumber != null) {
            throw Refusal.ofField("trackingNumber", DocumentRefusal.TRACKING_NUMBER_ONLY_BY_POST);
        }
        ServiceMail.Letter letter = null;
        String address = null;
        if (method == ServiceMethod.EMAIL) {
            if (document.kind == DocumentKind.CONSULTATION_LETTER) {
                throw Refusal.of(DocumentRefusal.THIRD_PARTY_NOT_BY_EMAIL);
            }
            address = blankAsNull(c.applicantEmail);
            if (address == null) {
                throw Refusal.of(DocumentRefusal.NO_EMAIL_ADDRESS);
            }
            if (!ServiceMail.isAddress(address)) {
                throw Refusal.of(DocumentRefusal.NOT_AN_EMAIL_ADDRESS);
            }
            letter = new ServiceMail.Letter(document.id, document.number, document.title, document.recipient,
                    Letters.issuer(Agency.findById(document.agencyCode)), ChineseDates.date(on),
                    prints.printed(document).pdf());
        }
        return new Checked(c.id, documentId, method, on, trackingNumber, receivedOn, blankAsNull(request.signer()), letter,
                address);
    }

    private Served store(Checked checked, String messageId) {
        ServiceRecord r = new ServiceRecord();
        r.documentId = checked.documentId();
        r.method = checked.method();
        r.servedOn = checked.on();
        r.trackingNumber = checked.trackingNumber();
        r.receivedOn = checked.receivedOn();
        r.signer = checked.signer();
        r.messageId = messageId;
        r.recordedBy = user.username();
        r.recordedAt = clock.instant();
        r.persist();
        return new Served(checked.caseId(), ServiceView.of(r));
    }

    /** The letter's number and its 送达回证 as PDF, with what is recorded of its service so far. */
    public DocumentQueries.Issued receipt(UUID documentId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DocumentQueries.Visible visible = documents.visible(documentId);
            Document document = visible.document();
            DisclosureCase c = visible.c();
            List<ServiceRecord> served = ServiceRecord.ofDocuments(List.of(documentId));
            boolean toApplicant = document.kind != DocumentKind.CONSULTATION_LETTER;
            ServiceRecord last = served.isEmpty() ? null : served.get(served.size() - 1);
            String place = null;
            if (last != null && toApplicant && last.method == ServiceMethod.POST) {
                place = blankAsNull(c.applicantAddress);
            } else if (last != null && toApplicant && last.method == ServiceMethod.EMAIL) {
                place = "电子邮箱 " + c.applicantEmail;
            }
            List<String> methods = new ArrayList<>();
            List<String> remarks = new ArrayList<>();
            String receivedOn = null;
            for (ServiceRecord r : served) {
                methods.add(Wording.label(r.method) + "：" + ChineseDates.date(r.servedOn) + switch (r.method) {
                    case POST -> "交邮";
                    case EMAIL -> "发送";
                    default -> "";
                });
                if (r.trackingNumber != null) {
                    remarks.add("邮件单号：" + r.trackingNumber);
                }
                if (r.messageId != null) {
                    remarks.add("电子邮件标识（Message-ID）：" + r.messageId);
                }
                if (r.signer != null) {
                    remarks.add("签收人：" + r.signer);
                }
                if (r.receivedOn != null) {
                    receivedOn = ChineseDates.date(r.receivedOn);
                }
            }
            ServiceReceipt receipt = new ServiceReceipt(Letters.issuer(Agency.findById(document.agencyCode)),
                    document.title, document.number, document.recipient, place, methods, receivedOn, remarks,
                    last == null ? null : ChineseDates.date(last.servedOn));
            return new DocumentQueries.Issued(document.number, receipts.render(receipt));
        });
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
