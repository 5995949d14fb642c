package cn.gov.disclosure.documents;

import static cn.gov.disclosure.support.Api.act;
import static cn.gov.disclosure.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import cn.gov.disclosure.security.AppUser;
import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import cn.gov.disclosure.support.MailServer;
import cn.gov.disclosure.support.MailServer.InjectMailServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * The service (送达) of each letter: recorded by whoever works the case, kept in order, refused
 * with nothing kept when it cannot be so; by e-mail the PDF as issued goes to the applicant over a
 * real SMTP server; the 送达回证 prints what is recorded, or a blank form before.
 */
@QuarkusTest
@WithTestResource(value = MailServer.class, scope = TestResourceScope.GLOBAL)
class ServiceTest {

    @InjectMailServer
    GreenMail mailServer;

    private Office office;

    @BeforeEach
    void anAgencyWithItsProfile() {
        office = Api.newOffice();
        as(office.office()).body(Map.of("fullName", "宁晋县人民政府办公室", "documentPrefix", "宁政办",
                "reconsiderationBody", "宁晋县人民政府", "court", "宁晋县人民法院"))
                .put("/api/agencies/" + office.agency() + "/profile").then().statusCode(200);
    }

    @Test
    void handedOverAndPostedServicesAreListedInTheOrderServed() {
        String id = register(null, "河北省宁晋县凤凰路8号", "2026-06-01");
        act(office.clerk(), id, "acceptance", Map.of("on", "2026-06-01", "department", office.department()))
                .statusCode(200);
        String receipt = receiptOf(id);

        serve(office.clerk(), receipt, Map.of("method", "POST", "on", "2026-06-02", "trackingNumber", "XA123456789CN"))
                .statusCode(201).header("Location", "/api/applications/" + id + "/documents")
                .body("method", equalTo("POST")).body("on", equalTo("2026-06-02"))
                .body("trackingNumber", equalTo("XA123456789CN")).body("recordedBy", equalTo(office.clerk()));
        // Returned by the post office, then handed over at the counter and signed for.
        serve(office.handler(), receipt, Map.of("method", "IN_PERSON", "on", "2026-06-09", "receivedOn", "2026-06-09",
                "signer", "张三")).statusCode(201);
        serve(office.office(), receipt, Map.of("method", "ONLINE", "on", "2026-06-05")).statusCode(201);

        JsonPath documents = documents(id);
        assertThat(documents.getList("items[0].service.method", String.class))
                .containsExactly("POST", "ONLINE", "IN_PERSON");
        assertThat(documents.getList("items[0].service.on", String.class))
                .containsExactly("2026-06-02", "2026-06-05", "2026-06-09");
        assertThat(documents.getString("items[0].service[0].trackingNumber")).isEqualTo("XA123456789CN");
        assertThat(documents.getString("items[0].service[2].receivedOn")).isEqualTo("2026-06-09");
        assertThat(documents.getString("items[0].service[2].signer")).isEqualTo("张三");
        assertThat(documents.getString("items[0].service[2].trackingNumber")).isNull();
        assertThat(documents.getString("items[0].service[2].messageId")).isNull();

        // Kept as entered: the database itself refuses to change or remove a service.
        for (String change : List.of("update document_service set signer = '王五' where document_id = '" + receipt + "'",
                "delete from document_service where document_id = '" + receipt + "'")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> ServiceRecord.getEntityManager()
                    .createNativeQuery(change).executeUpdate())).as(change).hasStackTraceContaining("kept as issued");
        }
        assertThat(documents(id).getList("items[0].service.signer", String.class)).containsExactly(null, null, "张三");
    }

    @Test
    void aServiceThatCannotBeSoIsRefusedAndNothingIsKept() {
        String id = register(null, null, "2026-06-08");
        String receipt = receiptOf(id);
        String today = Api.today().toString();

        refused(serve(office.clerk(), receipt, Map.of("method", "IN_PERSON", "on", Api.today().plusDays(1).toString())),
                400, "on");
        refused(serve(office.clerk(), receipt, Map.of("method", "IN_PERSON", "on", "2026-06-05")), 400, "on");
        refused(serve(office.clerk(), receipt, Map.of("method", "IN_PERSON", "on", "1999-12-31")), 400, "on");
        refused(serve(office.clerk(), receipt, Map.of("method", "IN_PERSON", "on", "2026-06-10",
                "receivedOn", "2026-06-09")), 400, "receivedOn");
        refused(serve(office.clerk(), receipt, Map.of("method", "IN_PERSON", "on", "2026-06-10",
                "receivedOn", Api.today().plusDays(1).toString())), 400, "receivedOn");
        refused(serve(office.clerk(), receipt, Map.of("method", "POST", "on", today)), 400, "trackingNumber");
        refused(serve(office.clerk(), receipt, Map.of("method", "POST", "on", today, "trackingNumber", " ")), 400,
                "trackingNumber");
        refused(serve(office.clerk(), receipt, Map.of("method", "IN_PERSON", "on", today, "trackingNumber", "XA1")), 400,
                "trackingNumber");
        refused(serve(office.clerk(), receipt, Map.of("method", "FAX", "on", today)), 400, "method");
        refused(serve(office.clerk(), receipt, Map.of("on", today)), 400, "method");
        refused(serve(office.clerk(), receipt, Map.of("method", "POST", "on", today, "trackingNumber", "X".repeat(65))),
                400, "trackingNumber");
        // By e-mail: an address the applicant did not give, and a letter to the third party.
        serve(office.clerk(), receipt, Map.of("method", "EMAIL")).statusCode(409)
                .contentType("application/problem+json").body("detail", startsWith("The applicant gave no e-mail"));
        // Others: another agency's users do not know the letter, a user without a role may not, nor may nobody.
        serve(Api.newOffice().office(), receipt, Map.of("method", "IN_PERSON")).statusCode(404)
                .contentType("application/problem+json");
        serve(office.clerk(), UUID.randomUUID().toString(), Map.of("method", "IN_PERSON")).statusCode(404);
        serve(userWithoutRole(), receipt, Map.of("method", "IN_PERSON")).statusCode(403)
                .contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("method", "IN_PERSON"))
                .post("/api/documents/" + receipt + "/service").then().statusCode(401);

        assertThat(documents(id).getList("items[0].service")).as("nothing was kept").isEmpty();
    }

    @Test
    void theThirdPartysLetterIsNotServedByEmail() {
        String address = "applicant-" + UUID.randomUUID() + "@example.com";
        String id = register(address, null, Api.today().toString());
        act(office.clerk(), id, "acceptance", Map.of("on", Api.today().toString(), "department", office.department()))
                .statusCode(200);
        act(office.handler(), id, "third-party-consultation", Map.of("on", Api.today().toString(),
                "party", "某某建筑有限公司")).statusCode(200);
        String letter = documents(id).getString("items.find { it.kind == 'CONSULTATION_LETTER' }.id");

        serve(office.handler(), letter, Map.of("method", "EMAIL")).statusCode(409)
                .contentType("application/problem+json").body("detail", startsWith("The letter is addressed to the third"));
        assertThat(documents(id).getList("items.find { it.kind == 'CONSULTATION_LETTER' }.service")).isEmpty();
        assertThat(receivedBy(address)).isEmpty();
        serve(office.handler(), letter, Map.of("method", "POST", "trackingNumber", "XA000000001CN")).statusCode(201);
    }

    @Test
    void byEmailTheApplicantReceivesThePdfAsIssued() throws Exception {
        String address = "applicant-" + UUID.randomUUID() + "@example.com";
        String id = register(address, null, Api.today().toString());
        JsonPath documents = documents(id);
        String receipt = documents.getString("items[0].id");
        String number = documents.getString("items[0].number");
        String title = documents.getString("items[0].title");

        // An e-mail goes out when it is recorded: it cannot be dated another day.
        refused(serve(office.clerk(), receipt, Map.of("method", "EMAIL", "on", Api.today().minusDays(1).toString())),
                400, "on");
        assertThat(receivedBy(address)).isEmpty();

        String messageId = serve(office.clerk(), receipt, Map.of("method", "EMAIL")).statusCode(201)
                .body("method", equalTo("EMAIL")).body("on", equalTo(Api.today().toString()))
                .extract().path("messageId");
        assertThat(messageId).matches("<[0-9a-f-]{36}@ningjin\\.example\\.gov\\.cn>");

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receivedBy(address).size() == 1);
        MimeMessage mail = receivedBy(address).get(0);
        assertThat(mail.getSubject()).isEqualTo(title + "（" + number + "）");
        assertThat(mail.getFrom()[0].toString()).isEqualTo(MailServer.FROM);
        assertThat(mail.getHeader("Message-ID")).containsExactly(messageId);
        Multipart parts = (Multipart) mail.getContent();
        String body = null;
        Part attachment = null;
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                attachment = part;
            } else if (part.isMimeType("text/plain")) {
                body = (String) part.getContent();
            }
        }
        assertThat(body).contains("张三：", "宁晋县人民政府办公室", title, number);
        assertThat(attachment).as("the letter attached").isNotNull();
        assertThat(MimeUtility.decodeText(attachment.getFileName())).isEqualTo(number + ".pdf");
        assertThat(attachment.isMimeType("application/pdf")).isTrue();
        byte[] attached = attachment.getInputStream().readAllBytes();
        byte[] issued = as(office.clerk()).get("/api/documents/" + receipt + "/pdf").then().statusCode(200).extract()
                .asByteArray();
        assertThat(attached).as("the PDF exactly as issued").isEqualTo(issued);
        assertThat(text(attached)).contains(number, "张三：");

        assertThat(documents(id).getString("items[0].service[0].messageId")).isEqualTo(messageId);
    }

    @Test
    void theServiceReceiptIsABlankFormFirstAndThenSaysHowTheLetterWent() {
        String id = register(null, "河北省宁晋县凤凰路8号", "2026-06-01");
        JsonPath documents = documents(id);
        String receipt = documents.getString("items[0].id");
        String number = documents.getString("items[0].number");
        String title = documents.getString("items[0].title");

        String blank = serviceReceipt(receipt);
        assertThat(blank).contains("宁晋县人民政府办公室", "送达回证", "送达文书名称", title, "文号", number, "受送达人 张三",
                "送达地点", "送达方式", "收件人签名或盖章", "签收日期", "代收人注明代收理由", "见证人签名", "送达人签名", "备注")
                .doesNotContain("凤凰路8号");

        serve(office.clerk(), receipt, Map.of("method", "POST", "on", "2026-06-02", "trackingNumber", "XA123456789CN",
                "receivedOn", "2026-06-04", "signer", "李四")).statusCode(201);
        assertThat(serviceReceipt(receipt)).contains(title, number, "受送达人 张三", "河北省宁晋县凤凰路8号",
                "邮寄送达：2026年6月2日交邮", "2026年6月4日", "邮件单号：XA123456789CN", "签收人：李四");

        as(Api.newOffice().office()).get("/api/documents/" + receipt + "/service-receipt").then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** Registers an application of 张三's, with the e-mail and postal address given (or none). */
    private String register(String email, String address, String receivedOn) {
        Map<String, Object> application = Api.application(receivedOn);
        @SuppressWarnings("unchecked")
        Map<String, Object> applicant = new HashMap<>((Map<String, Object>) application.get("applicant"));
        if (email != null) {
            applicant.put("email", email);
        }
        if (address != null) {
            applicant.put("address", address);
        }
        application.put("applicant", applicant);
        return as(office.clerk()).body(application).post("/api/applications").then().statusCode(201).extract()
                .path("id");
    }

    private static ValidatableResponse serve(String user, String document, Map<String, ?> body) {
        return as(user).body(body).post("/api/documents/" + document + "/service").then();
    }

    private static void refused(ValidatableResponse response, int status, String field) {
        response.statusCode(status).contentType("application/problem+json").body("violations[0].field", equalTo(field));
    }

    private String receiptOf(String caseId) {
        return documents(caseId).getString("items[0].id");
    }

    private JsonPath documents(String caseId) {
        return as(office.clerk()).get("/api/applications/" + caseId + "/documents").then().statusCode(200).extract()
                .jsonPath();
    }

    private String serviceReceipt(String document) {
        return text(as(office.clerk()).get("/api/documents/" + document + "/service-receipt").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray());
    }

    /** The mail the SMTP server took for this address. */
    private List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(mailServer.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** A user of the office's agency whose account holds no role, as an account imported by hand might. */
    private String userWithoutRole() {
        String name = office.agency() + "-norole";
        QuarkusTransaction.requiringNew().run(() -> AppUser.create(name, Api.PASSWORD, Set.of(), office.agency(), null,
                java.time.Instant.now()));
        return name;
    }

    /** A PDF's text, with the line breaks of its layout taken out. */
    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Arrays.stream(new PDFTextStripper().getText(document).split("\\R")).map(String::strip)
                    .reduce("", String::concat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
