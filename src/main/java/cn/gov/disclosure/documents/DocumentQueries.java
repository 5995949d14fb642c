package cn.gov.disclosure.documents;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.disclosure.cases.CaseQueries;
import cn.gov.disclosure.common.Refusal;

/** Reads the letters of the cases the user may see; another's are unknown to them, as the cases are. */
@ApplicationScoped
public class DocumentQueries {

    /** A document's number and its PDF as issued. */
    public record Issued(String number, byte[] pdf) {
    }

    @Inject
    CaseQueries cases;

    /** The case's letters in the order issued. */
    public List<DocumentView> ofCase(UUID caseId) {
        cases.find(caseId);
        return Document.ofCase(caseId).stream().map(DocumentView::of).toList();
    }

    public Issued pdf(UUID id) {
        Document document = Document.findById(id);
        if (document == null) {
            throw Refusal.of(DocumentRefusal.NOT_FOUND, "id", id);
        }
        try {
            cases.find(document.caseId);
        } catch (Refusal hidden) {
            throw Refusal.of(DocumentRefusal.NOT_FOUND, "id", id);
        }
        DocumentContent content = DocumentContent.findById(id);
        return new Issued(document.number, content.pdf);
    }
}
