package cn.gov.disclosure.cases;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The case's process instance, as the case's actions move it: one step per action, in the
 * caller's transaction, so the case row and the instance commit or roll back together. The
 * instance reports back where it stands through {@link CaseLifecycle}. Implemented at the engine's
 * door (package workflow), the only place that knows the engine.
 */
public interface CaseWorkflow {

    /** Starts the case's instance; answers its id. */
    String start(UUID caseId);

    /**
     * Moves the instance on by an action just recorded on a case that stood in {@code from}:
     * completes the task where such a case waits (an instance standing elsewhere is a fault, not a
     * refusal), or, for a withdrawal, interrupts the instance wherever it stands.
     * {@code periodEndsAt} arms the timer of a period the action starts (a correction request, a
     * consultation, a fee notice); null for the others.
     */
    void advance(UUID caseId, CaseAction action, CaseStatus from, Instant periodEndsAt);

    /*
     * A lapse that an action dated inside its period revokes, or an open case taken over from a
     * ledger: the case goes to the step where it waits, with the period's timer armed (a timer of a
     * period already over fires at once). Each answers the id of the instance that now carries the
     * case (a new one where it had none, or the lapse had ended it).
     */

    String resumeAwaitingCorrection(UUID caseId, CaseStatus returnTo, Instant lapsesAt);

    String resumeAwaitingFee(UUID caseId, Instant lapsesAt);

    String resumeConsultation(UUID caseId, Instant periodEndsAt);

    /** A case taken over from a ledger, accepted and waiting for nothing: put with its department. */
    String resumeHandling(UUID caseId);

    /** The model's step where a case in {@code status} waits, for showing it on the diagram; empty once closed. */
    Optional<String> stepOf(CaseStatus status);

    /** Jobs due (fired timers among them) that no job executor has run yet: the engine's backlog. */
    long dueJobs();
}
