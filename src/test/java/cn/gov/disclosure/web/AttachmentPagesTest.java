package cn.gov.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.RawHttp;
import cn.gov.disclosure.support.SampleFiles;
import cn.gov.disclosure.support.SampleFiles.Sample;
import cn.gov.disclosure.support.Tables;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * 收到的材料 on the case page: staff file a paper with the form and find it listed with its
 * Chinese kind, size, who filed it and when, and download it; a refused file is shown again
 * beside the field in Chinese, and nothing is stored.
 */
@QuarkusTest
class AttachmentPagesTest {

    @Test
    void aClerkFilesAPaperWithTheFormAndFindsItListedAndDownloadsIt() {
        Api.Office office = Api.newOffice();
        String id = Api.register(office, Api.today().toString());
        Browser clerk = Browser.signedIn(office.clerk(), Api.PASSWORD);
        String page = clerk.get("/ui/applications/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains("<h2 id=\"attachments-heading\">收到的材料</h2>", "尚未登记收到的材料", "登记收到的材料",
                "enctype=\"multipart/form-data\"", ">申请表</option>", ">送达凭证</option>", "不超过 256 KB",
                "accept=\".pdf,.ofd,");

        Sample form = SampleFiles.accepted().get("PDF");
        Response filed = clerk.submitWithFile("/ui/applications/" + id + "/attachments",
                Map.of("kind", "APPLICATION_FORM", "note", "申请人当面递交"), "file", form.name(), form.bytes());

        assertThat(filed.statusCode()).isEqualTo(303);
        assertThat(filed.header("Location")).endsWith("/ui/applications/" + id);
        String listed = clerk.follow(filed).then().statusCode(200).extract().asString();
        String attachment = Api.as(office.clerk()).get("/api/applications/" + id + "/attachments").then()
                .statusCode(200).extract().path("items[0].id");
        assertThat(listed).contains("<td>申请表</td>", ">" + form.name() + "</a>", "申请人当面递交",
                "<td>" + office.clerk() + "</td>", "href=\"/ui/applications/" + id + "/attachments/" + attachment + "\"")
                .doesNotContain("尚未登记收到的材料");

        Response download = clerk.get("/ui/applications/" + id + "/attachments/" + attachment);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.asByteArray()).isEqualTo(form.bytes());
        assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(clerk.get("/ui/applications/" + Api.register(office, Api.today().toString()) + "/attachments/"
                + attachment).statusCode()).as("under another case's address").isEqualTo(404);
    }

    @Test
    void aRefusedFileIsShownAgainBesideTheFieldInChineseAndNothingIsStored() {
        Api.Office office = Api.newOffice();
        String id = Api.registerAccepted(office, Api.today().toString());
        Browser handler = Browser.signedIn(office.handler(), Api.PASSWORD);
        handler.get("/ui/applications/" + id).then().statusCode(200);
        long before = rows();

        Sample html = SampleFiles.refused().get("a web page named as a PNG");
        Response wrongType = handler.submitWithFile("/ui/applications/" + id + "/attachments",
                Map.of("kind", "IDENTITY"), "file", html.name(), html.bytes());
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(wrongType.contentType()).startsWith("text/html");
        assertThat(wrongType.asString()).contains("<p class=\"field-error\" id=\"attachment-file-error\">不接受这种类型的文件",
                "aria-invalid=\"true\"", "<option value=\"IDENTITY\" selected>");

        Response tooLarge = handler.submitWithFile("/ui/applications/" + id + "/attachments",
                Map.of("kind", "OTHER"), "file", "大.pdf", SampleFiles.pdf(256 * 1024 + 1));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.asString()).contains("id=\"attachment-file-error\">文件过大，不能超过 256 KB");

        Response none = handler.submitWithFile("/ui/applications/" + id + "/attachments", Map.of(), "file", null,
                null);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.asString()).contains("id=\"attachment-file-error\">请选择要上传的文件",
                "id=\"attachment-kind-error\">必须填写", "<li><a href=\"#attachment-file\">文件：请选择要上传的文件</a></li>");

        assertThat(rows()).isEqualTo(before);
    }

    /** A form declaring a body longer than the service reads leads, unread, to the page that says so. */
    @Test
    void aFormBeyondWhatTheServiceReadsLeadsToTheChinesePageBeforeItIsSent() {
        Api.Office office = Api.newOffice();
        String id = Api.register(office, Api.today().toString());
        Browser clerk = Browser.signedIn(office.clerk(), Api.PASSWORD);
        String cookies = String.join("; ", clerk.cookies().entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList());

        String answer = RawHttp.headersOnly("POST", "/ui/applications/" + id + "/attachments", Map.of("Cookie", cookies,
                "Content-Type", "multipart/form-data; boundary=limit", "Content-Length", "1" + "0".repeat(12)));

        assertThat(answer).startsWith("HTTP/1.1 303").containsIgnoringCase("location: /ui/refused/413");
        assertThat(clerk.get("/ui/refused/413").asString()).contains("提交的内容过长", "较小的文件");
    }

    @Test
    void aFormWithoutTheSessionsTokenIsRefusedAndStoresNothing() {
        Api.Office office = Api.newOffice();
        String id = Api.register(office, Api.today().toString());
        Browser clerk = Browser.signedIn(office.clerk(), Api.PASSWORD);
        clerk.get("/ui/applications/" + id);
        long before = rows();
        Sample pdf = SampleFiles.accepted().get("PDF");

        Response forged = clerk.postMultipart("/ui/applications/" + id + "/attachments", Map.of("kind", "OTHER"),
                "file", pdf.name(), pdf.bytes());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(rows()).isEqualTo(before);
    }

    private static long rows() {
        return Tables.count("attachment") + Tables.count("attachment_content");
    }
}
