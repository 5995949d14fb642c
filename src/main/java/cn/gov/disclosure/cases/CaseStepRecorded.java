package cn.gov.disclosure.cases;

/**
 * A registration, an online submission or an action on a case has been recorded and the process moved on, inside the
 * transaction that did it: what an observer does here (issuing the step's letters) commits or
 * rolls back with the step.
 */
public record CaseStepRecorded(DisclosureCase c, CaseEvent event) {
}
