package cn.gov.disclosure.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The timers of one case's process instance, for tests that cannot wait for a period to end: they
 * fire a timer before its time, or keep a due one from the job executors. The tests' one door to
 * the engine, so that an engine swap changes this class and not them.
 */
@Singleton
public class CaseTimers {

    @Inject
    ManagementService management;

    @Inject
    RuntimeService runtime;

    @Inject
    Clock clock;

    /** When the case's armed timers are due. */
    public List<Instant> dueAt(String caseId) {
        return timers(caseId).stream().map(job -> job.getDuedate().toInstant()).toList();
    }

    /** Which of the case's timers are due by the engine's clock: the job executors may take them now. */
    public List<Instant> dueNow(String caseId) {
        ProcessInstance instance = instance(caseId);
        return instance == null ? List.of()
                : management.createJobQuery().processInstanceId(instance.getId()).timers().executable().list()
                        .stream().map(job -> job.getDuedate().toInstant()).toList();
    }

    /** Fires the case's timers now, as the job executor would once they are due. */
    public void fire(String caseId) {
        timers(caseId).forEach(job -> management.executeJob(job.getId()));
    }

    /**
     * Makes the case's timers due now (by the service's clock, which the engine's follows), but
     * suspended, so that no job executor takes them.
     */
    public void holdDue(String caseId) {
        for (Job job : timers(caseId)) {
            management.suspendJobById(job.getId());
            management.setJobDuedate(job.getId(), Date.from(clock.instant()));
        }
    }

    /** Lets the job executors take the case's held timers. */
    public void release(String caseId) {
        timers(caseId).forEach(job -> management.activateJobById(job.getId()));
    }

    private ProcessInstance instance(String caseId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).singleResult();
    }

    private List<Job> timers(String caseId) {
        ProcessInstance instance = instance(caseId);
        return instance == null ? List.of()
                : management.createJobQuery().processInstanceId(instance.getId()).timers().list();
    }
}
