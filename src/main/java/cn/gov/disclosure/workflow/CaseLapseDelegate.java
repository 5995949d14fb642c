package cn.gov.disclosure.workflow;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import cn.gov.disclosure.cases.CaseLifecycle;
import cn.gov.disclosure.cases.Period;

/** Runs after a period's timer fired: tells the case which period ran out. */
@ApplicationScoped
@Named("caseLapseDelegate")
public class CaseLapseDelegate implements JavaDelegate {

    static final Map<String, Period> PERIOD_OF_TASK = Map.of(
            "Task_CloseForMissingCorrection", Period.CORRECTION,
            "Task_RecordConsultationEnd", Period.CONSULTATION,
            "Task_CloseForUnpaidFee", Period.FEE);

    @Inject
    CaseLifecycle lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
        Period period = PERIOD_OF_TASK.get(execution.getCurrentActivityId());
        if (period == null) {
            throw new IllegalStateException("The model has a lapse step without a period: "
                    + execution.getCurrentActivityId());
        }
        lifecycle.lapsed(UUID.fromString((String) execution.getVariable(CaseProcess.CASE_ID)), period);
    }
}
