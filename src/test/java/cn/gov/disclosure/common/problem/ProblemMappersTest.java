package cn.gov.disclosure.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.common.Wording;
import cn.gov.disclosure.review.ReviewRefusal;

class ProblemMappersTest {

    @Test
    void aRaceLostAtCommitIsARefusalInBothLanguages() {
        RollbackException commit = new RollbackException("ARJUNA016053");
        commit.addSuppressed(new OptimisticLockException("row was updated"));

        Refusal refusal = ProblemMappers.refusalIn(new RuntimeException(commit)).orElseThrow();

        assertThat(ProblemMappers.problemOf(refusal).status()).isEqualTo(409);
        assertThat(refusal.getMessage())
                .isEqualTo("Another action changed this record at the same time; reload and try again");
        assertThat(Wording.chinese(refusal)).contains("另一项操作同时修改了这条记录，请刷新页面后重试");
    }

    @Test
    void aRefusalAmongTheCausesIsItselfAndAFaultIsNone() {
        Refusal refused = Refusal.of(ReviewRefusal.CONCLUDED_ALREADY, "concludedOn", "2026-01-05");

        assertThat(ProblemMappers.refusalIn(new IllegalStateException(refused))).containsSame(refused);
        assertThat(ProblemMappers.refusalIn(new IllegalStateException("broken"))).isEmpty();
    }
}
