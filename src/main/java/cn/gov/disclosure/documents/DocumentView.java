package cn.gov.disclosure.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A letter issued, as the API and the case page show it, with its services (送达) in the order served. */
public record DocumentView(UUID id, DocumentKind kind, String number, String title, String recipient,
        LocalDate issuedOn, String sha256, List<ServiceView> service) {

    static DocumentView of(Document d, String sha256, List<ServiceView> service) {
        return new DocumentView(d.id, d.kind, d.number, d.title, d.recipient, d.issuedOn, sha256,
                List.copyOf(service));
    }
}
