package cn.gov.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The office keeps what its letters print; the case page lists the letters issued and serves them. */
@QuarkusTest
class LetterPagesTest {

    @Test
    void theOfficeKeepsItsProfileAndTheCasePageListsTheLettersIssued() {
        Api.Office office = Api.newOffice();
        Browser staff = Browser.signedIn(office.office(), Api.PASSWORD);
        assertThat(staff.get("/ui/profile").then().statusCode(200).extract().asString())
                .contains("文书信息", "机关全称", "文号机关代字", "行政复议机关", "管辖法院");

        Map<String, String> profile = Map.of("fullName", "宁晋县人民政府办公室", "documentPrefix", "宁政办",
                "reconsiderationBody", "宁晋县人民政府", "court", "宁晋县人民法院", "postcode", "05555");
        Response refused = staff.submit("/ui/profile", profile);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("profile-postcode-error", "宁晋县人民政府办公室");
        assertThat(Api.as(office.office()).get("/api/agencies/" + office.agency() + "/profile").then().extract()
                .<String> path("fullName")).as("a refused form saves nothing").isNull();

        Response saved = staff.submit("/ui/profile", Map.of("fullName", "宁晋县人民政府办公室", "documentPrefix", "宁政办",
                "reconsiderationBody", "宁晋县人民政府", "court", "宁晋县人民法院", "postcode", "055550"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(staff.follow(saved).asString()).contains("已保存", "value=\"055550\"");

        String id = Api.registerAccepted(office, Api.today().toString());
        Browser handler = Browser.signedIn(office.handler(), Api.PASSWORD);
        assertThat(handler.get("/ui/applications/" + id).asString())
                .contains("formaction=\"/ui/applications/" + id + "/decision?preview\"", "预览文书");
        Response preview = handler.submit("/ui/applications/" + id + "/decision?preview",
                Map.of("on", Api.today().toString(), "outcome", "GRANTED"));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.contentType()).isEqualTo("application/pdf");
        Api.get(office.clerk(), id).body("status", org.hamcrest.Matchers.equalTo("IN_PROGRESS"));
        handler.get("/ui/applications/" + id);
        Response refusedPreview = handler.submit("/ui/applications/" + id + "/decision?preview",
                Map.of("on", Api.today().toString()));
        assertThat(refusedPreview.statusCode()).isEqualTo(400);
        assertThat(refusedPreview.asString()).contains("decision-outcome-error");
        handler.get("/ui/applications/" + id);

        Response decided = handler.submit("/ui/applications/" + id + "/decision", Map.of("on", Api.today().toString(),
                "outcome", "UNAVAILABLE_NOT_HELD", "referral.agency", "宁晋县自然资源和规划局",
                "referral.contact", "0319-5810000"));
        assertThat(decided.statusCode()).isEqualTo(303);

        String casePage = handler.follow(decided).asString();
        int year = Api.today().getYear();
        assertThat(casePage).contains("<h2 id=\"documents-heading\">文书</h2>", "宁政办收〔" + year + "〕1号",
                "宁政办答〔" + year + "〕1号", "政府信息公开申请答复书");
        Matcher link = Pattern.compile("href=\"(/ui/documents/[0-9a-f-]+\\.pdf)\">政府信息公开申请答复书").matcher(casePage);
        assertThat(link.find()).isTrue();
        Response pdf = handler.get(link.group(1));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).contains("filename*=UTF-8''");
        assertThat(pdf.asByteArray()).startsWith("%PDF".getBytes());

        Browser stranger = Browser.signedIn(Api.newOffice().office(), Api.PASSWORD);
        assertThat(stranger.get(link.group(1)).statusCode()).isEqualTo(404);
    }
}
