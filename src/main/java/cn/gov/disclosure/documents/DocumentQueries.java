package cn.gov.disclosure.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.disclosure.cases.CaseQueries;
import cn.gov.disclosure.cases.DisclosureCase;
import cn.gov.disclosure.common.Refusal;

/** Reads the letters of the cases the user may see; another's are unknown to them, as the cases are. */
@ApplicationScoped
public class DocumentQueries {

    /** A document's number and its PDF as issued. */
    public record Issued(String number, byte[] pdf) {
    }

    /** A letter the user may see, with its case. */
    record Visible(Document document, DisclosureCase c) {
    }

    @Inject
    CaseQueries cases;

    @Inject
    LetterPrints prints;

    /** The case's letters in the order issued, each with its services in the order served. */
    public List<DocumentView> ofCase(UUID caseId) {
        cases.find(caseId);
        List<Document> documents = Document.ofCase(caseId);
        Map<UUID, List<ServiceView>> services = ServiceRecord.ofDocuments(documents.stream().map(d -> d.id).toList())
                .stream().collect(Collectors.groupingBy(r -> r.documentId,
                        Collectors.mapping(ServiceView::of, Collectors.toList())));
        Map<UUID, String> digests = prints.digests(documents);
        return documents.stream()
                .map(d -> DocumentView.of(d, digests.get(d.id), services.getOrDefault(d.id, List.of()))).toList();
    }

    public Issued pdf(UUID id) {
        Document document = visible(id).document();
        return new Issued(document.number, prints.printed(document).pdf());
    }

    /** A letter as the applicant's status page lists it. */
    public record ToApplicant(DocumentKind kind, String title, String number, LocalDate issuedOn) {
    }

    /**
     * The letters of a case addressed to its applicant, in the order issued. The caller has
     * established who is asking (the public pages, by reference and query code).
     */
    public List<ToApplicant> toApplicant(UUID caseId) {
        return Document.ofCase(caseId).stream().filter(d -> d.kind.addressedToApplicant())
                .map(d -> new ToApplicant(d.kind, d.title, d.number, d.issuedOn)).toList();
    }

    /** One of {@link #toApplicant}'s letters, by its number, as issued; any other number is unknown. */
    public Issued toApplicant(UUID caseId, String number) {
        return Document.ofCase(caseId).stream()
                .filter(d -> d.kind.addressedToApplicant() && d.number.equals(number)).findFirst()
                .map(d -> new Issued(d.number, prints.printed(d).pdf()))
                .orElseThrow(() -> Refusal.of(DocumentRefusal.NOT_FOUND, "id", number));
    }

    /** The letter and its case, if the user may see the case; else the refusal {@link DocumentRefusal#NOT_FOUND}. */
    Visible visible(UUID id) {
        Document document = Document.findById(id);
        if (document == null || !cases.isVisible(document.caseId)) {
            throw Refusal.of(DocumentRefusal.NOT_FOUND, "id", id);
        }
        return new Visible(document, DisclosureCase.findById(document.caseId));
    }
}
