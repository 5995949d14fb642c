package cn.gov.disclosure.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void aRaceLostAtCommitIsARefusalInBothLanguages() {
        RollbackException commit = new RollbackException("ARJUNA016053");
        commit.addSuppressed(new OptimisticLockException("row was updated"));

        ApiProblem refusal = ProblemMappers.refusalIn(new RuntimeException(commit)).orElseThrow();

        assertThat(refusal.toProblem().status()).isEqualTo(409);
        assertThat(refusal.getMessage())
                .isEqualTo("Another action changed this record at the same time; reload and try again");
        assertThat(refusal.chinese()).contains("另一项操作同时修改了这条记录，请刷新页面后重试");
    }

    @Test
    void aRefusalAmongTheCausesIsItselfAndAFaultIsNone() {
        ApiProblem refused = ApiProblem.conflict("The review was concluded on 2026-01-05", "已登记结果");

        assertThat(ProblemMappers.refusalIn(new IllegalStateException(refused))).containsSame(refused);
        assertThat(ProblemMappers.refusalIn(new IllegalStateException("broken"))).isEmpty();
    }
}
