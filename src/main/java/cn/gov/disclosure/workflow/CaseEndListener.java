package cn.gov.disclosure.workflow;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import cn.gov.disclosure.cases.CaseLifecycle;

/** The instance ended, by whichever end event: the case is closed. */
@ApplicationScoped
@Named("caseEndListener")
public class CaseEndListener implements ExecutionListener {

    @Inject
    CaseLifecycle lifecycle;

    @Override
    public void notify(DelegateExecution execution) {
        lifecycle.ended(UUID.fromString((String) execution.getVariable(CaseProcess.CASE_ID)));
    }
}
