package cn.gov.disclosure.documents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;

import cn.gov.disclosure.common.Refusal;

/**
 * The letter a step would issue, shown before it is taken: the step runs as it would, with every
 * check, in a transaction of its own that is then rolled back. Nothing stays: not the step, not the
 * letter, not its number (the one shown is the one it would take now).
 */
@ApplicationScoped
public class LetterPreviews {

    /** The preview's PDF and the number it shows. */
    public record Preview(String number, byte[] pdf) {
    }

    @Inject
    TransactionManager transactions;

    @Inject
    LetterPrints prints;

    /**
     * Runs {@code step} on the case and answers the letter it issued: of {@code kind}, or the
     * first. A step refused is refused here too; one that issues no letter (of that kind) is
     * answered with a refusal.
     */
    public Preview of(UUID caseId, DocumentKind kind, Runnable step) {
        try {
            Transaction outer = transactions.suspend();
            transactions.begin();
            try {
                step.run();
                return issued(caseId, kind);
            } finally {
                transactions.rollback();
                if (outer != null) {
                    transactions.resume(outer);
                }
            }
        } catch (SystemException | NotSupportedException | InvalidTransactionException e) {
            throw new IllegalStateException("The preview's transaction failed", e);
        }
    }

    /** The letter of the kind the step just issued, read back inside its transaction. */
    private Preview issued(UUID caseId, DocumentKind kind) {
        List<Document> issued = Document.list("caseId = ?1 and eventId = (select max(e.id) from CaseEvent e"
                + " where e.caseId = ?1) order by kind", caseId);
        Optional<Document> letter = issued.stream().filter(d -> kind == null || d.kind == kind).findFirst();
        if (letter.isEmpty()) {
            throw Refusal.of(DocumentRefusal.NO_LETTER);
        }
        return new Preview(letter.get().number, prints.print(letter.get()));
    }
}
