package cn.gov.disclosure.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.task.Task;

import cn.gov.disclosure.cases.CaseStatus;
import cn.gov.disclosure.cases.CaseWorkflow;
import cn.gov.disclosure.common.problem.ConcurrentChangeException;

/**
 * The one door to the process engine: every {@code org.camunda} type stays in this package, so a
 * move to Operaton changes imports here and nowhere else.
 *
 * <p>Each method moves one case's process instance one step; it runs in the caller's transaction,
 * so the case row and the instance commit or roll back together. The instance reports where it
 * stands through the listeners and the delegate named in the model.
 */
@ApplicationScoped
public class CaseProcess implements CaseWorkflow {

    public static final String PROCESS_KEY = "disclosure-case";
    static final String CASE_ID = "caseId";

    static final String CHECK_COMPLETENESS = "Task_CheckCompleteness";
    static final String AWAIT_CORRECTION = "Task_AwaitCorrection";
    static final String HANDLE_APPLICATION = "Task_HandleApplication";
    static final String AWAIT_THIRD_PARTY_REPLY = "Task_AwaitThirdPartyReply";
    static final String AWAIT_FEE_PAYMENT = "Task_AwaitFeePayment";
    static final String WITHDRAWN_MESSAGE = "ApplicationWithdrawn";

    /* The variables that the model's gateways and timers read. */
    static final String CORRECTION_RETURNS_TO = "correctionReturnsTo";
    static final String CORRECTION_LAPSES_AT = "correctionLapsesAt";
    static final String CONSULTATION_ENDS_AT = "consultationEndsAt";
    static final String FEE_LAPSES_AT = "feeLapsesAt";

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    ManagementService management;

    /** Starts the case's instance; the case id is both business key and variable. */
    @Override
    public String start(UUID caseId) {
        return guard(() -> runtime.startProcessInstanceByKey(PROCESS_KEY, caseId.toString(),
                Map.of(CASE_ID, caseId.toString())).getId());
    }

    @Override
    public void accept(UUID caseId) {
        complete(caseId, Set.of(CHECK_COMPLETENESS), Map.of("action", "ACCEPT"));
    }

    @Override
    public void requestCorrection(UUID caseId, CaseStatus returnTo, Instant lapsesAt) {
        complete(caseId, Set.of(CHECK_COMPLETENESS, HANDLE_APPLICATION), Map.of("action", "REQUEST_CORRECTION",
                CORRECTION_RETURNS_TO, returnTo.name(), CORRECTION_LAPSES_AT, Date.from(lapsesAt)));
    }

    @Override
    public void corrected(UUID caseId) {
        complete(caseId, Set.of(AWAIT_CORRECTION), Map.of());
    }

    @Override
    public void consultThirdParty(UUID caseId, Instant periodEndsAt) {
        complete(caseId, Set.of(HANDLE_APPLICATION),
                Map.of("action", "CONSULT_THIRD_PARTY", CONSULTATION_ENDS_AT, Date.from(periodEndsAt)));
    }

    @Override
    public void thirdPartyReplied(UUID caseId) {
        complete(caseId, Set.of(AWAIT_THIRD_PARTY_REPLY), Map.of());
    }

    @Override
    public void extend(UUID caseId) {
        complete(caseId, Set.of(HANDLE_APPLICATION), Map.of("action", "EXTEND"));
    }

    @Override
    public void notifyFee(UUID caseId, Instant lapsesAt) {
        complete(caseId, Set.of(HANDLE_APPLICATION), Map.of("action", "NOTIFY_FEE", FEE_LAPSES_AT, Date.from(lapsesAt)));
    }

    @Override
    public void feePaid(UUID caseId) {
        complete(caseId, Set.of(AWAIT_FEE_PAYMENT), Map.of());
    }

    @Override
    public void decide(UUID caseId) {
        complete(caseId, Set.of(HANDLE_APPLICATION), Map.of("action", "DECIDE"));
    }

    @Override
    public void withdraw(UUID caseId) {
        guard(() -> runtime.createMessageCorrelation(WITHDRAWN_MESSAGE)
                .processInstanceBusinessKey(caseId.toString())
                .correlateWithResult());
    }

    @Override
    public String resumeAwaitingCorrection(UUID caseId, CaseStatus returnTo, Instant lapsesAt) {
        return resumeAt(caseId, AWAIT_CORRECTION,
                Map.of(CORRECTION_RETURNS_TO, returnTo.name(), CORRECTION_LAPSES_AT, Date.from(lapsesAt)));
    }

    @Override
    public String resumeAwaitingFee(UUID caseId, Instant lapsesAt) {
        return resumeAt(caseId, AWAIT_FEE_PAYMENT, Map.of(FEE_LAPSES_AT, Date.from(lapsesAt)));
    }

    @Override
    public String resumeConsultation(UUID caseId, Instant periodEndsAt) {
        return resumeAt(caseId, AWAIT_THIRD_PARTY_REPLY, Map.of(CONSULTATION_ENDS_AT, Date.from(periodEndsAt)));
    }

    /**
     * Puts the case's instance at {@code task}: a new instance started there where the lapse ended
     * the old one, else the running one moved there from wherever it waits. The new task is
     * started before the old one is cancelled, so the instance never stands empty (which would
     * end it).
     */
    private String resumeAt(UUID caseId, String task, Map<String, Object> variables) {
        return guard(() -> {
            ProcessInstance running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                    .processInstanceBusinessKey(caseId.toString()).singleResult();
            if (running == null) {
                Map<String, Object> all = new HashMap<>(variables);
                all.put(CASE_ID, caseId.toString());
                return runtime.createProcessInstanceByKey(PROCESS_KEY).businessKey(caseId.toString())
                        .setVariables(all).startBeforeActivity(task).execute().getId();
            }
            ProcessInstanceModificationBuilder move = runtime.createProcessInstanceModification(running.getId())
                    .startBeforeActivity(task).setVariables(variables);
            for (Task waiting : tasks.createTaskQuery().processInstanceId(running.getId()).list()) {
                move = move.cancelAllForActivity(waiting.getTaskDefinitionKey());
            }
            move.execute();
            return running.getId();
        });
    }

    @Override
    public Optional<String> stepOf(CaseStatus status) {
        return CaseStatusListener.taskOf(status);
    }

    @Override
    public long dueJobs() {
        return management.createJobQuery().executable().count();
    }

    /** Whether the case has a process instance that has not ended. */
    public boolean isRunning(UUID caseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(caseId.toString()).count() > 0;
    }

    private void complete(UUID caseId, Set<String> expectedSteps, Map<String, Object> variables) {
        guard(() -> {
            Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseId.toString())
                    .processDefinitionKey(PROCESS_KEY).singleResult();
            if (task == null || !expectedSteps.contains(task.getTaskDefinitionKey())) {
                // The case's status allowed the action, so the status and the instance have drifted
                // apart: a fault to look into, not a refusal the user could avoid.
                throw new IllegalStateException("Case " + caseId + " stands at " + (task == null ? "no task"
                        : task.getTaskDefinitionKey()) + " in its process, not at one of " + expectedSteps);
            }
            tasks.complete(task.getId(), new HashMap<>(variables));
            return null;
        });
    }

    /** The engine detects a lost race by its own revision check; report it like any other. */
    private static <T> T guard(Supplier<T> step) {
        try {
            return step.get();
        } catch (OptimisticLockingException e) {
            throw new ConcurrentChangeException("The case changed at the same time", e);
        }
    }
}
