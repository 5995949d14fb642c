package cn.gov.disclosure.documents;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A service of a letter, as the API and the case page show it.
 *
 * @param on the day it was handed over, posted (交邮) or sent
 * @param receivedOn the day it was signed for (签收), if known
 * @param messageId the Message-ID of the e-mail (EMAIL only)
 */
public record ServiceView(ServiceMethod method, LocalDate on, String trackingNumber, LocalDate receivedOn,
        String signer, String messageId, String recordedBy, Instant recordedAt) {

    static ServiceView of(ServiceRecord r) {
        return new ServiceView(r.method, r.servedOn, r.trackingNumber, r.receivedOn, r.signer, r.messageId, r.recordedBy,
                r.recordedAt);
    }
}
