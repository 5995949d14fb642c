package cn.gov.disclosure.documents;

import static cn.gov.disclosure.support.Api.act;
import static cn.gov.disclosure.support.Api.as;
import static cn.gov.disclosure.support.Api.registerAccepted;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import cn.gov.disclosure.common.Sha256;
import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The 案卷 downloads as one archive: its index, every letter as issued, every paper received, their digests. */
@QuarkusTest
class CaseFileTest {

    @Test
    void theCaseFileHoldsEveryLetterAndPaperWithAnIndexAndTheirDigests() throws IOException {
        Office office = Api.newOffice();
        String id = registerAccepted(office, "2025-05-06");
        act(office.handler(), id, "decision", Map.of("on", "2025-05-08", "outcome", "GRANTED")).statusCode(200);
        JsonPath documents = as(office.clerk()).get("/api/applications/" + id + "/documents").then().statusCode(200)
                .extract().jsonPath();
        byte[] receipt = as(office.clerk()).get("/api/documents/" + documents.getString("items[0].id") + "/pdf")
                .then().statusCode(200).extract().asByteArray();
        // A paper received: the applicant's signed copy of the receipt, say.
        Api.field(Api.multipart(as(office.clerk())).multiPart("file", "签收的回执.pdf", receipt, "application/pdf"),
                "kind", "PROOF_OF_SERVICE").post("/api/applications/" + id + "/attachments").then().statusCode(201);

        byte[] zip = as(office.clerk()).get("/api/applications/" + id + "/file.zip").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        Map<String, byte[]> files = unzip(zip);

        List<String> numbers = documents.getList("items.number", String.class);
        assertThat(files.keySet()).containsExactly(
                "文书/01 " + numbers.get(0) + " 政府信息公开申请接收回执.pdf",
                "文书/02 " + numbers.get(1) + " 政府信息公开申请答复书.pdf",
                "材料/01 签收的回执.pdf", "目录.pdf", "SHA256SUMS");
        assertThat(files.get("文书/01 " + numbers.get(0) + " 政府信息公开申请接收回执.pdf")).isEqualTo(receipt);
        assertThat(files.get("材料/01 签收的回执.pdf")).isEqualTo(receipt);
        String sums = new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!file.getKey().equals("SHA256SUMS")) {
                assertThat(sums).contains(Sha256.hex(file.getValue()) + "  " + file.getKey() + "\n");
            }
        }
        String tracking = Api.get(office.clerk(), id).extract().path("trackingNumber");
        try (PDDocument index = Loader.loadPDF(files.get("目录.pdf"))) {
            String text = new PDFTextStripper().getText(index).replaceAll("\\s+", "");
            assertThat(text).contains("案卷目录", tracking, numbers.get(0), numbers.get(1), "签收的回执.pdf", "材料");
        }

        as(Api.newOffice().clerk()).get("/api/applications/" + id + "/file.zip").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
