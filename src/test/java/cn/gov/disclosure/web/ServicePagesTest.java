package cn.gov.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The case page lists each letter's services, records one by its form, and serves the 送达回证. */
@QuarkusTest
class ServicePagesTest {

    @Test
    void theCasePageRecordsAServiceAndShowsIt() {
        Api.Office office = Api.newOffice();
        String today = Api.today().toString();
        String id = Api.register(office, today);
        String document = Api.as(office.clerk()).get("/api/applications/" + id + "/documents").then().statusCode(200)
                .extract().path("items[0].id");
        String form = "/ui/applications/" + id + "/documents/" + document + "/service";
        String prefix = "service-" + document;
        Browser clerk = Browser.signedIn(office.clerk(), Api.PASSWORD);

        assertThat(clerk.get("/ui/applications/" + id).asString()).contains("未送达", "登记送达",
                "href=\"/ui/documents/" + document + "/service-receipt.pdf\"", "action=\"" + form + "\"",
                "<option value=\"POST\">邮寄送达</option>", "<option value=\"EMAIL\">电子邮件送达</option>",
                "<option value=\"IN_PERSON\">直接送达</option>", "<option value=\"ONLINE\">网上送达</option>");

        Response refused = clerk.submit(form, Map.of("method", "POST", "on", today));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("id=\"" + prefix + "-trackingNumber-error\">邮寄送达须填写邮件单号",
                "邮件单号：邮寄送达须填写邮件单号", "value=\"POST\" selected");
        clerk.get("/ui/applications/" + id);
        Response signedBefore = clerk.submit(form, Map.of("method", "IN_PERSON", "on", today,
                "receivedOn", Api.today().minusDays(1).toString()));
        assertThat(signedBefore.statusCode()).isEqualTo(400);
        assertThat(signedBefore.asString()).as("the summary names the field as this form does")
                .contains("签收日期：不得早于送达日期", "id=\"" + prefix + "-receivedOn-error\"");
        clerk.get("/ui/applications/" + id);
        assertThat(clerk.submit(form, Map.of("method", "BY_PIGEON", "on", today)).statusCode()).isEqualTo(400);
        assertThat(Api.as(office.clerk()).get("/api/applications/" + id + "/documents").then().extract()
                .jsonPath().getList("items[0].service")).as("nothing refused was kept").isEmpty();

        clerk.get("/ui/applications/" + id);
        Response saved = clerk.submit(form, Map.of("method", "POST", "on", today, "trackingNumber", "XA987654321CN",
                "signer", "张三"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).isEqualTo("/ui/applications/" + id);
        assertThat(clerk.follow(saved).asString()).contains("邮寄送达：" + today + "，单号 XA987654321CN", "签收人：张三")
                .doesNotContain("未送达");

        Response receipt = clerk.get("/ui/documents/" + document + "/service-receipt.pdf");
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.contentType()).isEqualTo("application/pdf");
        assertThat(receipt.header("Content-Disposition")).contains("filename*=UTF-8''");

        Browser stranger = Browser.signedIn(Api.newOffice().office(), Api.PASSWORD);
        assertThat(stranger.get("/ui/documents/" + document + "/service-receipt.pdf").statusCode()).isEqualTo(404);
    }
}
