package cn.gov.disclosure.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.workflow.CaseProcess;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The case row and its process instance share one transaction. */
@QuarkusTest
class TransactionTest {

    @Inject
    CaseRegistration cases;

    @Inject
    CaseProcess process;

    @Test
    @TestSecurity(user = Api.ADMIN, roles = "admin")
    void aFailureAfterTheCaseIsWrittenRollsBackTheProcessInstanceToo() {
        String agency = Api.newOffice().agency();
        UUID[] written = new UUID[1];
        CaseRequests.Registration request = new CaseRequests.Registration(agency,
                new CaseRequests.Applicant(ApplicantType.NATURAL_PERSON, "李四", null, null, null, null),
                Channel.MAIL, LocalDate.of(2025, 6, 3), "某项目环评报告", DeliveryForm.EMAIL);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            DisclosureCase c = cases.register(request, null).c();
            written[0] = c.id;
            assertThat(process.isRunning(c.id)).isTrue();
            throw new IllegalStateException("failure after the case and its instance were written");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(written[0]).isNotNull();
        DisclosureCase afterRollback = QuarkusTransaction.requiringNew().call(() -> DisclosureCase.findById(written[0]));
        boolean instanceAfterRollback = QuarkusTransaction.requiringNew().call(() -> process.isRunning(written[0]));
        assertThat(afterRollback).isNull();
        assertThat(instanceAfterRollback).isFalse();
    }
}
