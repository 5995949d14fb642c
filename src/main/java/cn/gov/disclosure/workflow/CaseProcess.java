package cn.gov.disclosure.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

import cn.gov.disclosure.cases.CaseAction;
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
    /** The variable the gateway after a task reads: the action's word ({@link CaseAction#processWord()}). */
    static final String GATEWAY_CHOICE = "action";

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
    public void advance(UUID caseId, CaseAction action, CaseStatus from, Map<String, Object> variables) {
        if (action.movement() == CaseAction.Movement.MESSAGE) {
            guard(() -> runtime.createMessageCorrelation(action.processWord().orElseThrow())
                    .processInstanceBusinessKey(caseId.toString())
                    .correlateWithResult());
            return;
        }
        Map<String, Object> engineVariables = new HashMap<>();
        variables.forEach((name, value) -> engineVariables.put(name,
                value instanceof Instant at ? Date.from(at) : value));
        action.processWord().ifPresent(word -> engineVariables.put(GATEWAY_CHOICE, word));
        complete(caseId, CaseStatusListener.taskOf(from).orElseThrow(() -> new IllegalStateException(
                "A case in " + from + " has no task to move on by " + action)), engineVariables);
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

    @Override
    public String resumeHandling(UUID caseId) {
        return resumeAt(caseId, HANDLE_APPLICATION, Map.of());
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

    /** Completes the case's task, which must be {@code expected}: the step its status says it waits at. */
    private void complete(UUID caseId, String expected, Map<String, Object> variables) {
        guard(() -> {
            Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseId.toString())
                    .processDefinitionKey(PROCESS_KEY).singleResult();
            if (task == null || !task.getTaskDefinitionKey().equals(expected)) {
                // The case's status allowed the action, so the status and the instance have drifted
                // apart: a fault to look into, not a refusal the user could avoid.
                throw new IllegalStateException("Case " + caseId + " stands at " + (task == null ? "no task"
                        : task.getTaskDefinitionKey()) + " in its process, not at " + expected);
            }
            tasks.complete(task.getId(), variables);
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
