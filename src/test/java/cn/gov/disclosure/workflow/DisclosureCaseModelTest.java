package cn.gov.disclosure.workflow;

import static cn.gov.disclosure.support.Api.act;
import static cn.gov.disclosure.support.Api.register;
import static cn.gov.disclosure.support.Api.registerAccepted;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Every path through {@code bpmn/disclosure-case.bpmn}, checked on the engine's side: the step the
 * instance waits at, who may take that step (candidate group), and for the paths that end, the end
 * event reached. The cases are moved through the HTTP API, so the deployed model runs in the real
 * engine on the real database; the instance is found by its business key, the case id.
 * <p>
 * The service runs the engine without history (its own event log is the record). The paths taken
 * are read from the engine's activity instances, so this class alone runs the engine at history
 * level {@code activity}, which {@code hasPassed} and {@code isEnded} read; the level changes what
 * the engine records, not the way an instance goes.
 */
@QuarkusTest
@TestProfile(DisclosureCaseModelTest.ActivityHistory.class)
class DisclosureCaseModelTest {

    /** The engine as the service runs it, recording the activities each instance passes. */
    public static class ActivityHistory implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.camunda.generic-config.history", "activity");
        }
    }

    static final String CHECK_COMPLETENESS = "Task_CheckCompleteness";
    static final String AWAIT_CORRECTION = "Task_AwaitCorrection";
    static final String HANDLE_APPLICATION = "Task_HandleApplication";
    static final String AWAIT_THIRD_PARTY_REPLY = "Task_AwaitThirdPartyReply";
    static final String AWAIT_FEE_PAYMENT = "Task_AwaitFeePayment";
    static final String RECORD_CONSULTATION_END = "Task_RecordConsultationEnd";
    static final String CLOSE_FOR_MISSING_CORRECTION = "Task_CloseForMissingCorrection";
    static final String CLOSE_FOR_UNPAID_FEE = "Task_CloseForUnpaidFee";
    static final String DECIDED = "EndEvent_Decided";
    static final String NO_CORRECTION = "EndEvent_NoCorrection";
    static final String FEE_UNPAID = "EndEvent_FeeUnpaid";
    static final String WITHDRAWN = "EndEvent_Withdrawn";
    static final String WITHDRAWAL = "SubProcess_Withdrawal";
    static final String[] END_EVENTS = { DECIDED, NO_CORRECTION, FEE_UNPAID, WITHDRAWN };

    @Inject
    ProcessEngine engine;

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    CaseTimers timers;

    Office office;
    String today;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        office = Api.newOffice();
        today = Api.today().toString();
    }

    @AfterEach
    void tearDown() {
        BpmnAwareTests.reset();
    }

    @Test
    void aRegisteredApplicationWaitsForTheClerkToCheckCompleteness() {
        String id = register(office, today);
        ProcessInstance instance = instanceOf(id);

        assertThat(instance).isStarted().isNotEnded().hasBusinessKey(id).hasPassed("StartEvent_ApplicationReceived");
        waitsAt(instance, CHECK_COMPLETENESS, "clerk");
        assertThat(instance).variables().containsEntry("caseId", id);
    }

    @Test
    void anAcceptedApplicationGoesToTheHandlingDepartment() {
        String id = register(office, today);
        ProcessInstance instance = instanceOf(id);

        act(office.clerk(), id, "acceptance", Map.of("on", today, "department", office.department()))
                .statusCode(200);

        waitsAt(instance, HANDLE_APPLICATION, "handler");
        assertThat(instance).hasPassedInOrder(CHECK_COMPLETENESS, "Gateway_Completeness")
                .hasNotPassed(AWAIT_CORRECTION);
    }

    @Test
    void aCorrectionRequestedOnReceiptWaitsWithTheClerkAndReturnsToTheCompletenessCheck() {
        String id = register(office, today);
        ProcessInstance instance = instanceOf(id);

        act(office.clerk(), id, "correction-request",
                Map.of("on", today, "items", List.of("请明确所需信息的名称"), "dueOn", Api.openPeriodEnd()))
                .statusCode(200);
        waitsAt(instance, AWAIT_CORRECTION, "clerk");
        assertThat(instance).hasPassed(CHECK_COMPLETENESS).hasNotPassed(HANDLE_APPLICATION);

        act(office.clerk(), id, "correction", Map.of("on", today)).statusCode(200);

        waitsAt(instance, CHECK_COMPLETENESS, "clerk");
        assertThat(instance).hasPassedInOrder(CHECK_COMPLETENESS, AWAIT_CORRECTION, "Gateway_AfterCorrection")
                .hasNotPassed(HANDLE_APPLICATION, CLOSE_FOR_MISSING_CORRECTION);
        Assertions.assertThat(timesEntered(instance, CHECK_COMPLETENESS)).as("completeness checks").isEqualTo(2);
    }

    @Test
    void aCorrectionRequestedInHandlingReturnsToTheHandlingDepartment() {
        String id = registerAccepted(office, today);
        ProcessInstance instance = instanceOf(id);

        act(office.clerk(), id, "correction-request",
                Map.of("on", today, "items", List.of("身份证明不清晰"), "dueOn", Api.openPeriodEnd()))
                .statusCode(200);
        waitsAt(instance, AWAIT_CORRECTION, "clerk");

        act(office.clerk(), id, "correction", Map.of("on", today)).statusCode(200);

        waitsAt(instance, HANDLE_APPLICATION, "handler");
        assertThat(instance).hasPassedInOrder(HANDLE_APPLICATION, AWAIT_CORRECTION, "Gateway_AfterCorrection")
                .hasNotPassed(CLOSE_FOR_MISSING_CORRECTION);
        Assertions.assertThat(timesEntered(instance, CHECK_COMPLETENESS)).as("completeness checks").isEqualTo(1);
        Assertions.assertThat(timesEntered(instance, HANDLE_APPLICATION)).as("handling steps").isEqualTo(2);
    }

    @Test
    void aThirdPartyConsultationWaitsWithTheHandlerAndTheReplyReturnsToHandling() {
        String id = registerAccepted(office, today);
        ProcessInstance instance = instanceOf(id);

        act(office.handler(), id, "third-party-consultation", Map.of("on", today, "party", "某建设公司"))
                .statusCode(200);
        waitsAt(instance, AWAIT_THIRD_PARTY_REPLY, "handler");

        act(office.handler(), id, "third-party-reply", Map.of("on", today, "consents", true)).statusCode(200);

        waitsAt(instance, HANDLE_APPLICATION, "handler");
        assertThat(instance).hasPassed(AWAIT_THIRD_PARTY_REPLY)
                .hasNotPassed("BoundaryEvent_ConsultationPeriodEnded", RECORD_CONSULTATION_END);
        Assertions.assertThat(timesEntered(instance, HANDLE_APPLICATION)).as("handling steps").isEqualTo(2);
    }

    @Test
    void aConsultationWhosePeriodEndsIsRecordedAndReturnsToHandling() {
        String id = registerAccepted(office, today);
        ProcessInstance instance = instanceOf(id);
        act(office.handler(), id, "third-party-consultation", Map.of("on", today, "party", "某建设公司"))
                .statusCode(200);
        waitsAt(instance, AWAIT_THIRD_PARTY_REPLY, "handler");

        timers.fire(id);

        waitsAt(instance, HANDLE_APPLICATION, "handler");
        assertThat(instance).hasPassedInOrder(AWAIT_THIRD_PARTY_REPLY, "BoundaryEvent_ConsultationPeriodEnded",
                RECORD_CONSULTATION_END);
        Assertions.assertThat(timesEntered(instance, HANDLE_APPLICATION)).as("handling steps").isEqualTo(2);
    }

    @Test
    void anExtensionLoopsBackToHandling() {
        String id = registerAccepted(office, today);
        ProcessInstance instance = instanceOf(id);
        String before = BpmnAwareTests.task(instance).getId();

        act(office.office(), id, "extension", Map.of("on", today, "reason", "需要协调多个部门")).statusCode(200);

        waitsAt(instance, HANDLE_APPLICATION, "handler");
        Assertions.assertThat(BpmnAwareTests.task(instance).getId()).as("a new handling task")
                .isNotEqualTo(before);
        assertThat(instance).hasPassedInOrder(HANDLE_APPLICATION, "Gateway_NextStep")
                .hasNotPassed(AWAIT_CORRECTION, AWAIT_THIRD_PARTY_REPLY, AWAIT_FEE_PAYMENT);
        Assertions.assertThat(timesEntered(instance, HANDLE_APPLICATION)).as("handling steps").isEqualTo(2);
    }

    @Test
    void aFeeNoticeWaitsWithTheOfficeAndPaymentReturnsToHandling() {
        String id = registerAccepted(office, today);
        ProcessInstance instance = instanceOf(id);

        act(office.office(), id, "fee-notice", Map.of("on", today, "method", "PER_VOLUME", "pages", 40))
                .statusCode(200);
        waitsAt(instance, AWAIT_FEE_PAYMENT, "office");

        act(office.office(), id, "fee-payment", Map.of("on", today)).statusCode(200);

        waitsAt(instance, HANDLE_APPLICATION, "handler");
        assertThat(instance).hasPassed(AWAIT_FEE_PAYMENT).hasNotPassed(CLOSE_FOR_UNPAID_FEE);
        Assertions.assertThat(timesEntered(instance, HANDLE_APPLICATION)).as("handling steps").isEqualTo(2);
    }

    @Test
    void anUnpaidFeeEndsAtFeeUnpaidWhenThePaymentPeriodEnds() {
        String id = registerAccepted(office, today);
        ProcessInstance instance = instanceOf(id);
        act(office.office(), id, "fee-notice", Map.of("on", today, "method", "PER_VOLUME", "pages", 40))
                .statusCode(200);
        waitsAt(instance, AWAIT_FEE_PAYMENT, "office");

        timers.fire(id);

        assertThat(instance).isEnded()
                .hasPassedInOrder(AWAIT_FEE_PAYMENT, "BoundaryEvent_PaymentPeriodEnded", CLOSE_FOR_UNPAID_FEE, FEE_UNPAID);
        assertThat(instance).hasNotPassed(others(FEE_UNPAID));
    }

    /** Back-dated: the correction period is over when it is entered, and the job executor fires it. */
    @Test
    void anUnansweredCorrectionRequestEndsAtNoCorrectionWhenThePeriodEnds() {
        String id = register(office, "2024-03-01");
        ProcessInstance instance = instanceOf(id);

        act(office.clerk(), id, "correction-request", Map.of("on", "2024-03-04", "items", List.of("申请内容不明确")))
                .statusCode(200);
        awaitEnd(instance);

        assertThat(instance).isEnded().hasPassedInOrder(CHECK_COMPLETENESS, AWAIT_CORRECTION,
                "BoundaryEvent_CorrectionPeriodEnded", CLOSE_FOR_MISSING_CORRECTION, NO_CORRECTION);
        assertThat(instance).hasNotPassed(others(NO_CORRECTION)).hasNotPassed(HANDLE_APPLICATION);
    }

    @Test
    void aDecisionEndsAtDecided() {
        String id = registerAccepted(office, today);
        ProcessInstance instance = instanceOf(id);

        act(office.handler(), id, "decision", Map.of("on", today, "outcome", "GRANTED")).statusCode(200);

        assertThat(instance).isEnded().hasPassedInOrder(CHECK_COMPLETENESS, HANDLE_APPLICATION, DECIDED);
        assertThat(instance).hasNotPassed(others(DECIDED)).hasNotPassed(WITHDRAWAL);
    }

    @ParameterizedTest(name = "withdrawn at {0}")
    @ValueSource(strings = { CHECK_COMPLETENESS, AWAIT_CORRECTION, HANDLE_APPLICATION, AWAIT_THIRD_PARTY_REPLY,
            AWAIT_FEE_PAYMENT })
    void aWithdrawalEndsTheCaseAtWithdrawnInsideTheWithdrawalSubProcess(String task) {
        String id = caseWaitingAt(task);
        ProcessInstance instance = instanceOf(id);
        assertThat(instance).isWaitingAt(task);

        act(office.clerk(), id, "withdrawal", Map.of("on", today)).statusCode(200);

        assertThat(instance).isEnded().hasPassedInOrder("StartEvent_Withdrawn", WITHDRAWN);
        assertThat(instance).hasPassed(WITHDRAWAL).hasNotPassed(others(WITHDRAWN));
        HistoricActivityInstance subProcess = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId(WITHDRAWAL).singleResult();
        HistoricActivityInstance end = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId(WITHDRAWN).singleResult();
        Assertions.assertThat(end.getParentActivityInstanceId()).as("the end event's enclosing scope")
                .isEqualTo(subProcess.getId());
        HistoricActivityInstance interrupted = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId(task).singleResult();
        Assertions.assertThat(interrupted.isCanceled()).as("%s interrupted", task).isTrue();
    }

    /** A case moved through the API to the user task {@code task}, where it waits. */
    private String caseWaitingAt(String task) {
        return switch (task) {
            case CHECK_COMPLETENESS -> register(office, today);
            case AWAIT_CORRECTION -> {
                String id = register(office, today);
                act(office.clerk(), id, "correction-request",
                        Map.of("on", today, "items", List.of("补充身份证明"), "dueOn", Api.openPeriodEnd()))
                        .statusCode(200);
                yield id;
            }
            case HANDLE_APPLICATION -> registerAccepted(office, today);
            case AWAIT_THIRD_PARTY_REPLY -> {
                String id = registerAccepted(office, today);
                act(office.handler(), id, "third-party-consultation", Map.of("on", today, "party", "第三方"))
                        .statusCode(200);
                yield id;
            }
            case AWAIT_FEE_PAYMENT -> {
                String id = registerAccepted(office, today);
                act(office.office(), id, "fee-notice", Map.of("on", today, "method", "PER_VOLUME", "pages", 40))
                        .statusCode(200);
                yield id;
            }
            default -> throw new IllegalArgumentException(task);
        };
    }

    private ProcessInstance instanceOf(String caseId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(CaseProcess.PROCESS_KEY)
                .processInstanceBusinessKey(caseId).singleResult();
        Assertions.assertThat(instance).as("the running instance of case %s", caseId).isNotNull();
        return instance;
    }

    /** The instance waits at the user task {@code task}, which the candidate group {@code group} may take. */
    private static void waitsAt(ProcessInstance instance, String task, String group) {
        assertThat(instance).isNotEnded().isWaitingAt(task);
        assertThat(instance).task().hasDefinitionKey(task).hasCandidateGroup(group);
    }

    private void awaitEnd(ProcessInstance instance) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0);
    }

    /** How often the instance entered {@code activity}, from its history. */
    private long timesEntered(ProcessInstance instance, String activity) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(activity).count();
    }

    private static String[] others(String endEvent) {
        return Arrays.stream(END_EVENTS).filter(e -> !e.equals(endEvent)).toArray(String[]::new);
    }
}
