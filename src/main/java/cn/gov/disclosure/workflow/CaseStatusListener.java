package cn.gov.disclosure.workflow;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import cn.gov.disclosure.cases.CaseLifecycle;
import cn.gov.disclosure.cases.CaseStatus;

/** Each user task of the model is a status of the case; entering it sets the status. */
@ApplicationScoped
@Named("caseStatusListener")
public class CaseStatusListener implements TaskListener {

    static final Map<String, CaseStatus> STATUS_OF_TASK = Map.of(
            CaseProcess.CHECK_COMPLETENESS, CaseStatus.RECEIVED,
            CaseProcess.AWAIT_CORRECTION, CaseStatus.CORRECTION_REQUESTED,
            CaseProcess.HANDLE_APPLICATION, CaseStatus.IN_PROGRESS,
            CaseProcess.AWAIT_THIRD_PARTY_REPLY, CaseStatus.THIRD_PARTY_CONSULTATION,
            CaseProcess.AWAIT_FEE_PAYMENT, CaseStatus.AWAITING_FEE);

    @Inject
    CaseLifecycle lifecycle;

    /** The user task where a case in {@code status} waits (for showing it on the diagram); empty once closed. */
    static Optional<String> taskOf(CaseStatus status) {
        return STATUS_OF_TASK.entrySet().stream().filter(e -> e.getValue() == status).map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public void notify(DelegateTask task) {
        CaseStatus status = STATUS_OF_TASK.get(task.getTaskDefinitionKey());
        if (status == null) {
            throw new IllegalStateException("The model has a task without a case status: " + task.getTaskDefinitionKey());
        }
        lifecycle.entered(UUID.fromString((String) task.getVariable(CaseProcess.CASE_ID)), status);
    }
}
