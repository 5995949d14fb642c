package cn.gov.disclosure.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import cn.gov.disclosure.common.Sha256;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The PDFs of the letters issued. A step words and numbers its letters in its own transaction
 * ({@link DocumentIssuer}); they are printed here just after it commits, so that printing, which is
 * CPU, never holds the lock on the agency's number series. The same words always print the same
 * bytes, and the first print kept is the letter's PDF for good: a letter whose printing a crash
 * interrupted is printed when it is first read, with the same result.
 */
@ApplicationScoped
class LetterPrints {

    private static final Logger LOG = Logger.getLogger(LetterPrints.class);

    /** The letters a step issued, to print once it has committed. */
    record Issued(List<UUID> documents) {
    }

    /** A letter's PDF as kept, and its SHA-256. */
    record Printed(byte[] pdf, String sha256) {
    }

    @Inject
    LetterPdf pdf;

    @Inject
    EntityManager em;

    private final Timer printing;

    LetterPrints(MeterRegistry registry) {
        printing = Timer.builder("disclosure.letters.print")
                .description("Printing a letter as PDF and keeping it, after its step has committed")
                .register(registry);
    }

    /**
     * Prints the step's letters. A failure leaves the step as it is (it has committed) and the letter
     * unprinted until it is read; the log names the letter, never what it says.
     */
    void printAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Issued issued) {
        for (UUID id : issued.documents()) {
            try {
                printing.record(() -> QuarkusTransaction.requiringNew().run(() -> printed(Document.findById(id))));
            } catch (RuntimeException e) {
                LOG.warnf("Letter %s will be printed when first read; printing it after its step failed (%s)", id,
                        e.getClass().getName());
            }
        }
    }

    /** The letter's PDF as kept, printed and kept now if it has not been yet. */
    Printed printed(Document document) {
        DocumentContent kept = DocumentContent.findById(document.id);
        if (kept == null) {
            return keep(document.id, print(document));
        }
        // Kept by the previous release, which stored the digest with the letter instead.
        return new Printed(kept.pdf, kept.sha256 != null ? kept.sha256 : Sha256.hex(kept.pdf));
    }

    /** The SHA-256 of each letter's PDF, by letter: printing those not printed yet, reading those kept without one. */
    Map<UUID, String> digests(List<Document> documents) {
        Map<UUID, String> digests = new HashMap<>();
        if (documents.isEmpty()) {
            return digests;
        }
        em.createQuery("select c.documentId, c.sha256 from DocumentContent c where c.documentId in ?1", Object[].class)
                .setParameter(1, documents.stream().map(d -> d.id).toList())
                .getResultList().stream().filter(row -> row[1] != null)
                .forEach(row -> digests.put((UUID) row[0], (String) row[1]));
        documents.stream().filter(d -> !digests.containsKey(d.id))
                .forEach(d -> digests.put(d.id, printed(d).sha256()));
        return digests;
    }

    /** The letter printed from its words, not kept: for a preview, whose letter is never issued. */
    byte[] print(Document document) {
        return pdf.render(document.words);
    }

    /**
     * Keeps a PDF printed for a letter, in a transaction of its own, unless another print was kept
     * first (after the step, or by a concurrent reader): then that one is the letter's.
     */
    private Printed keep(UUID id, byte[] printed) {
        String sha256 = Sha256.hex(printed);
        return QuarkusTransaction.requiringNew().call(() -> {
            int kept = em.createNativeQuery("insert into document_content (document_id, pdf, sha256)"
                    + " values (?1, ?2, ?3) on conflict (document_id) do nothing")
                    .setParameter(1, id).setParameter(2, printed).setParameter(3, sha256).executeUpdate();
            if (kept == 1) {
                return new Printed(printed, sha256);
            }
            DocumentContent first = DocumentContent.findById(id);
            return new Printed(first.pdf, first.sha256);
        });
    }
}
