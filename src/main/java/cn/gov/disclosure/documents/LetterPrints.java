package cn.gov.disclosure.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import cn.gov.disclosure.common.Sha256;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The PDFs of the letters issued. A step words and numbers its letters in its own transaction
 * ({@link DocumentIssuer}); once it has committed they are handed to a printer of their own, so that
 * printing, which is CPU and most of what a step costs, neither holds the lock on the agency's number
 * series nor delays the step's answer. The same words always print the same bytes, and the first
 * print kept is the letter's PDF for good: a letter not printed yet when it is first read (the
 * printer behind, full, or stopped by a crash) is printed then, with the same result.
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

    /**
     * Letters waiting for the printer. Beyond this many it is far behind (a burst of steps on a busy
     * machine): further letters are left to print when first read, rather than queued without bound.
     */
    private static final int WAITING = 10_000;

    private final Timer printing;
    private final Counter leftToRead;
    /** Letters handed to the printer and not yet printed (or failed): its backlog, for operators. */
    private final AtomicInteger waiting = new AtomicInteger();

    /**
     * One thread: printing after the steps is work that can wait, so it takes at most one
     * processor and leaves the others to the requests.
     */
    private final ThreadPoolExecutor printer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(WAITING), LetterPrints::printerThread);

    LetterPrints(MeterRegistry registry) {
        printing = Timer.builder("disclosure.letters.print")
                .description("Printing a letter as PDF and keeping it, after its step has committed")
                .register(registry);
        leftToRead = Counter.builder("disclosure.letters.print.left")
                .description("Letters the printer was too far behind to take, printed when first read")
                .register(registry);
        printer.setRejectedExecutionHandler((task, executor) -> {
            waiting.decrementAndGet();
            leftToRead.increment();
        });
        Gauge.builder("disclosure.letters.print.waiting", waiting, AtomicInteger::get)
                .description("Letters handed to the printer and not printed yet")
                .register(registry);
    }

    /** Hands the step's letters to the printer, once the step has committed. */
    void printAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Issued issued) {
        for (UUID id : issued.documents()) {
            waiting.incrementAndGet();
            printer.execute(() -> printKept(id));
        }
    }

    /**
     * Prints a letter and keeps its PDF. A failure leaves the letter unprinted until it is read;
     * the log names the letter, never what it says.
     */
    private void printKept(UUID id) {
        try {
            printing.record(() -> QuarkusTransaction.requiringNew().run(() -> printed(Document.findById(id))));
        } catch (RuntimeException e) {
            LOG.warnf("Letter %s will be printed when first read; printing it after its step failed (%s)", id,
                    e.getClass().getName());
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** A daemon: a letter whose printing the service's end cuts short is printed when first read. */
    private static Thread printerThread(Runnable task) {
        Thread thread = new Thread(task, "letter-printer");
        thread.setDaemon(true);
        return thread;
    }

    /** Letters still waiting when the service stops are printed when first read. */
    @PreDestroy
    void stop() {
        printer.shutdownNow();
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
