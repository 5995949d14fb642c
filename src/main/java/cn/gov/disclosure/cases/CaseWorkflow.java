package cn.gov.disclosure.cases;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The case's process instance, as the case's actions move it: one step per action, in the
 * caller's transaction, so the case row and the instance commit or roll back together. The
 * instance reports back where it stands through {@link CaseLifecycle}. Implemented at the engine's
 * door (package workflow), the only place that knows the engine.
 */
public interface CaseWorkflow {

    /*
     * The variables the model's gateways and timers read, named as the deployed models name them:
     * running instances keep their model's version, so renaming one would strand them.
     */

    /** The status a correction's answer returns the case to: {@code RECEIVED} or {@code IN_PROGRESS}. */
    String CORRECTION_RETURNS_TO = "correctionReturnsTo";
    String CORRECTION_LAPSES_AT = "correctionLapsesAt";
    String CONSULTATION_ENDS_AT = "consultationEndsAt";
    String FEE_LAPSES_AT = "feeLapsesAt";

    /** Starts the case's instance; answers its id. */
    String start(UUID caseId);

    /**
     * Moves the instance on by an action just recorded on a case that stood in {@code from}, as the
     * action's {@link CaseAction#movement()} says: completes the task where such a case waits (an
     * instance standing elsewhere is a fault, not a refusal) with the action's word for the
     * gateway after it, or interrupts the instance wherever it stands by the action's message.
     * {@code variables} are those the model reads next (an {@link Instant} arms a timer).
     */
    void advance(UUID caseId, CaseAction action, CaseStatus from, Map<String, Object> variables);

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
