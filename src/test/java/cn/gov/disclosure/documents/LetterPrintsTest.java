package cn.gov.disclosure.documents;

import static cn.gov.disclosure.support.Api.act;
import static cn.gov.disclosure.support.Api.as;
import static cn.gov.disclosure.support.Api.registerAccepted;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import cn.gov.disclosure.common.Sha256;
import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A step's letters are worded and numbered in its transaction and printed soon after it has
 * committed, by a printer of their own; a letter left unprinted (a crash, a printer far behind)
 * prints, when first read, exactly as it would have.
 */
@QuarkusTest
class LetterPrintsTest {

    @Test
    void aStepsLettersArePrintedOnceItHasCommittedBeforeAnyoneReadsThem() {
        Office office = Api.newOffice();
        String id = registerAccepted(office, "2026-06-01");
        act(office.handler(), id, "decision", Map.of("on", "2026-06-02", "outcome", "GRANTED")).statusCode(200);

        // Asked of the table, not of the API, which would print a letter it found unprinted.
        awaitPrinted(id, 2);
    }

    @Test
    void aLetterLeftUnprintedPrintsWhenFirstReadTheSameBytesAsItsDigestSays() {
        Office office = Api.newOffice();
        String id = registerAccepted(office, "2026-06-01");
        awaitPrinted(id, 1);
        JsonPath before = documents(office, id);
        String receipt = before.getString("items[0].id");
        byte[] issued = pdf(office, receipt);

        // As after a crash between the step's commit and its printing: the words kept, no PDF.
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Document.getEntityManager();
            // Past the table's own refusal to lose a letter's PDF, which this simulates.
            em.createNativeQuery("set local session_replication_role = replica").executeUpdate();
            em.createNativeQuery("delete from document_content where document_id = cast(?1 as uuid)")
                    .setParameter(1, receipt).executeUpdate();
        });
        assertThat(printed(id)).isZero();

        JsonPath after = documents(office, id);
        assertThat(after.getString("items[0].sha256")).isEqualTo(before.getString("items[0].sha256"));
        assertThat(printed(id)).isEqualTo(1);
        byte[] reprinted = pdf(office, receipt);
        assertThat(reprinted).isEqualTo(issued);
        assertThat(Sha256.hex(reprinted)).isEqualTo(after.getString("items[0].sha256"));
    }

    private static void awaitPrinted(String caseId, long letters) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> printed(caseId) == letters);
    }

    /** The case's letters whose PDF is kept. */
    private static long printed(String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Document.getEntityManager()
                .createNativeQuery("select count(*) from document d join document_content c on c.document_id = d.id"
                        + " where d.case_id = cast(?1 as uuid)")
                .setParameter(1, caseId).getSingleResult()).longValue());
    }

    private static JsonPath documents(Office office, String caseId) {
        return as(office.clerk()).get("/api/applications/" + caseId + "/documents").then().statusCode(200)
                .extract().jsonPath();
    }

    private static byte[] pdf(Office office, String documentId) {
        return as(office.clerk()).get("/api/documents/" + documentId + "/pdf").then().statusCode(200)
                .extract().asByteArray();
    }
}
