package cn.gov.disclosure.attachment;

import static cn.gov.disclosure.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.disclosure.security.AppUser;
import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import cn.gov.disclosure.support.RawHttp;
import cn.gov.disclosure.support.SampleFiles;
import cn.gov.disclosure.support.SampleFiles.Sample;
import cn.gov.disclosure.support.Tables;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The papers received, through the API as CONTRACT.md lays it out: every type taken comes back
 * byte for byte; a type not taken (415) or a file too large (413) is refused as a problem document
 * and leaves no row in either table; another agency sees nothing, and only staff file papers.
 */
@QuarkusTest
class AttachmentTest {

    @Inject
    AttachmentConfig config;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize httpLimit;

    Office office;
    String id;

    @BeforeEach
    void aCase() {
        office = Api.newOffice();
        id = Api.register(office, Api.today().toString());
    }

    @Test
    void everyTypeTakenIsKeptAndReadBackByteForByteInTheOrderFiled() {
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, Sample> entry : SampleFiles.accepted().entrySet()) {
            Sample sample = entry.getValue();
            // The client's declared type is of no account: every file is sent as octet-stream.
            ExtractableResponse<Response> filed = upload(office.clerk(), id, sample.name(), sample.bytes(),
                    "application/octet-stream", "IDENTITY", "第" + ids.size() + "份").then()
                    .statusCode(201).contentType("application/json").extract();
            assertThat(filed.path("contentType").toString()).as(entry.getKey()).isEqualTo(sample.contentType());
            assertThat(filed.<String> path("name")).isEqualTo(sample.name());
            assertThat(filed.<String> path("kind")).isEqualTo("IDENTITY");
            assertThat(filed.<Integer> path("size")).isEqualTo(sample.bytes().length);
            assertThat(filed.<String> path("sha256")).isEqualTo(sample.sha256());
            assertThat(filed.<String> path("caseId")).isEqualTo(id);
            assertThat(filed.<String> path("uploadedBy")).isEqualTo(office.clerk());
            assertThat(filed.header("Location")).isEqualTo("/api/attachments/" + filed.path("id"));

            Response download = as(office.clerk()).get(filed.header("Location"));
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.contentType()).as(entry.getKey()).isEqualToIgnoringCase(sample.contentType());
            byte[] bytes = download.asByteArray();
            assertThat(bytes).as(entry.getKey()).isEqualTo(sample.bytes());
            assertThat(SampleFiles.sha256(bytes)).isEqualTo(sample.sha256());
            assertThat(savedAs(download)).isEqualTo(sample.name());
            ids.add(filed.path("id"));
        }
        var listed = as(office.handler()).get("/api/applications/" + id + "/attachments");
        assertThat(listed.statusCode()).as("a handler of another department sees no case yet").isEqualTo(404);
        var list = as(office.office()).get("/api/applications/" + id + "/attachments").then().statusCode(200)
                .body("items", hasSize(ids.size())).extract();
        assertThat(list.<List<String>> path("items.id")).isEqualTo(ids);
        assertThat(list.<List<String>> path("items.note")).startsWith("第0份", "第1份");
    }

    @Test
    void aTypeNotTakenIs415AndLeavesNoRow() {
        long[] before = rows();
        for (Map.Entry<String, Sample> entry : SampleFiles.refused().entrySet()) {
            Sample sample = entry.getValue();
            upload(office.clerk(), id, sample.name(), sample.bytes(), sample.contentType(), "APPLICATION_FORM", null)
                    .then().statusCode(415).contentType("application/problem+json")
                    .body("type", equalTo("/problems/unsupported-type")).body("status", equalTo(415))
                    .body("title", equalTo("Type not accepted")).body("violations[0].field", equalTo("file"))
                    .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(sample.name())));
        }
        assertThat(rows()).isEqualTo(before);
        as(office.clerk()).get("/api/applications/" + id + "/attachments").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void aFileAtTheLimitIsTakenAndOneByteMoreIs413LeavingNoRow() {
        int max = (int) config.maxSize().asLongValue();
        upload(office.clerk(), id, "上限.pdf", SampleFiles.pdf(max), "application/pdf", "OTHER", null).then()
                .statusCode(201).body("size", equalTo(max));
        long[] before = rows();

        upload(office.clerk(), id, "超限.pdf", SampleFiles.pdf(max + 1), "application/pdf", "OTHER", null).then()
                .statusCode(413).contentType("application/problem+json").body("type", equalTo("/problems/too-large"))
                .body("title", equalTo("Too large")).body("violations[0].field", equalTo("file"))
                .body("detail", org.hamcrest.Matchers.containsString(AttachmentService.sizeLabel(max)));

        assertThat(rows()).isEqualTo(before);
    }

    /**
     * A request declaring more than the HTTP layer reads is refused from its headers alone, as a
     * problem document too (the HTTP layer's own answer would be a bare 413); its body is never sent.
     */
    @Test
    void aBodyBeyondWhatTheServiceReadsIs413ProblemJsonBeforeItIsSent() {
        long[] before = rows();
        String credentials = Base64.getEncoder()
                .encodeToString((office.clerk() + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));

        String answer = RawHttp.headersOnly("POST", "/api/applications/" + id + "/attachments",
                Map.of("Authorization", "Basic " + credentials, "Content-Type", "multipart/form-data; boundary=limit",
                        "Content-Length", Long.toString(httpLimit.asLongValue() + 1)));

        assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"type\":\"/problems/too-large\"", "\"status\":413", "\"title\":\"Too large\"",
                        "\"detail\":");
        assertThat(rows()).isEqualTo(before);
    }

    /**
     * A form sent without a length (REST Assured's multipart is chunked) is counted as it is read:
     * beyond what the service reads, it is refused as a problem document too, not with the HTTP
     * layer's bare 413.
     */
    @Test
    void aChunkedFormBeyondWhatTheServiceReadsIs413ProblemJson() {
        long[] before = rows();
        byte[] huge = SampleFiles.pdf((int) httpLimit.asLongValue() + 1);

        upload(office.clerk(), id, "巨大.pdf", huge, "application/pdf", "OTHER", null).then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("/problems/too-large"));

        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anotherAgencysUserFindsNeitherTheListNorTheFileNorTheCase() {
        Sample pdf = SampleFiles.accepted().get("PDF");
        String attachment = upload(office.clerk(), id, pdf.name(), pdf.bytes(), "application/pdf", "APPLICATION_FORM",
                null).then().statusCode(201).extract().path("id");
        Office other = Api.newOffice();
        for (String user : List.of(other.clerk(), other.handler(), other.office())) {
            as(user).get("/api/applications/" + id + "/attachments").then().statusCode(404)
                    .contentType("application/problem+json");
            as(user).get("/api/attachments/" + attachment).then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
        }
        long[] before = rows();
        upload(other.clerk(), id, pdf.name(), pdf.bytes(), "application/pdf", "OTHER", null).then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(rows()).isEqualTo(before);
        // Its own agency reads it, and so does a service-wide admin.
        as(office.clerk()).get("/api/attachments/" + attachment).then().statusCode(200);
        as(Api.ADMIN).get("/api/attachments/" + attachment).then().statusCode(200);
        as(office.clerk()).get("/api/attachments/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void everyStaffRoleFilesPapersEvenOnAClosedCaseAndAUserWithoutOneIsRefused403() {
        Sample pdf = SampleFiles.accepted().get("PDF");
        String accepted = Api.registerAccepted(office, Api.today().toString());
        for (String user : List.of(office.clerk(), office.handler(), office.office(), office.admin(), Api.ADMIN)) {
            upload(user, accepted, pdf.name(), pdf.bytes(), "application/pdf", "OTHER", null).then()
                    .statusCode(201);
        }
        Api.act(office.handler(), accepted, "decision", Map.of("on", Api.today().toString(), "outcome", "GRANTED"))
                .statusCode(200);
        upload(office.clerk(), accepted, "送达回证.pdf", pdf.bytes(), "application/pdf", "PROOF_OF_SERVICE", "挂号信签收")
                .then().statusCode(201).body("kind", equalTo("PROOF_OF_SERVICE"));

        String nobody = office.agency() + "-auditor";
        QuarkusTransaction.requiringNew().run(() -> AppUser.create(nobody, Api.PASSWORD, Set.of(), office.agency(), null,
                Instant.now()));
        long[] before = rows();
        upload(nobody, accepted, pdf.name(), pdf.bytes(), "application/pdf", "OTHER", null).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("/problems/forbidden"));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void whatTheUploadLacksOrGetsWrongIsA400NamingTheField() {
        Sample pdf = SampleFiles.accepted().get("PDF");
        long[] before = rows();
        Api.field(Api.multipart(as(office.clerk())), "kind", "OTHER")
                .post("/api/applications/" + id + "/attachments").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("file"));
        upload(office.clerk(), id, pdf.name(), pdf.bytes(), "application/pdf", null, null).then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        upload(office.clerk(), id, pdf.name(), pdf.bytes(), "application/pdf", "RECONSIDERATION", null).then()
                .statusCode(400).body("violations[0].field", equalTo("kind"));
        upload(office.clerk(), id, pdf.name(), pdf.bytes(), "application/pdf", "OTHER", "字".repeat(1001)).then()
                .statusCode(400).body("violations[0].field", equalTo("note"));
        upload(office.clerk(), id, "空.pdf", new byte[0], "application/pdf", "OTHER", null).then().statusCode(400)
                .body("violations[0].field", equalTo("file"));
        as(office.clerk()).body(Map.of("kind", "OTHER")).post("/api/applications/" + id + "/attachments").then()
                .statusCode(415).contentType("application/problem+json");
        // A form cut off before its closing boundary is the client's fault, not the service's.
        as(office.clerk()).contentType("multipart/form-data; boundary=cut")
                .body(("--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/applications/" + id + "/attachments").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/invalid-request"));
        given().multiPart("file", pdf.name(), pdf.bytes(), "application/pdf").multiPart("kind", "OTHER")
                .post("/api/applications/" + id + "/attachments").then().statusCode(401)
                .contentType("application/problem+json");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void theNameKeptHasNoPathAndNoControlCharactersAndSaysItsType() {
        Sample text = SampleFiles.accepted().get("TEXT");
        String attachment = upload(office.clerk(), id, "C:\\fakepath\\说明\u202e.bat", text.bytes(), "text/plain",
                "OTHER", null).then().statusCode(201).body("name", equalTo("说明.bat.txt")).extract().path("id");
        Response download = as(office.clerk()).get("/api/attachments/" + attachment);
        assertThat(savedAs(download)).isEqualTo("说明.bat.txt");
        assertThat(download.header("Content-Disposition")).startsWith("attachment; filename=\"__.bat.txt\";");
    }

    /** The name a browser saves a download under: the RFC 5987 {@code filename*} of its Content-Disposition. */
    private static String savedAs(Response download) {
        String disposition = download.header("Content-Disposition");
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    static Response upload(String user, String caseId, String name, byte[] bytes, String declaredType, String kind,
            String note) {
        RequestSpecification request = Api.multipart(as(user)).multiPart("file", name, bytes, declaredType);
        if (kind != null) {
            Api.field(request, "kind", kind);
        }
        if (note != null) {
            Api.field(request, "note", note);
        }
        return request.post("/api/applications/" + caseId + "/attachments");
    }

    /** The rows of both tables, the descriptions and the bytes. */
    static long[] rows() {
        return new long[] { Tables.count("attachment"), Tables.count("attachment_content") };
    }
}
