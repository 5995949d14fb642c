package cn.gov.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ClerkPagesTest {

    @Test
    void aClerkRegistersThroughTheFormAndGetsThePrintableReceipt() {
        Api.Office office = Api.newOffice();
        Browser clerk = Browser.signedIn(office.clerk(), Api.PASSWORD);
        String form = clerk.get("/ui/applications/new").then().statusCode(200).extract().asString();
        assertThat(form).contains(">申请人类型", ">申请人姓名或名称", ">证件号码", ">联系电话", ">申请方式", ">收到申请日期",
                ">所需政府信息的内容描述", ">获取信息的方式", ">登记</button>");

        Response registered = clerk.submit("/ui/applications", registration("李四"));

        assertThat(registered.statusCode()).isEqualTo(303);
        String receipt = clerk.follow(registered).then().statusCode(200).extract().asString();
        assertThat(receipt).contains("政府信息公开申请登记回执", "申请编号", office.agency() + "-", "答复期限", "打印回执",
                Api.today().toString());
        assertThat(total(office)).isEqualTo(1);
    }

    @Test
    void aBadFormComesBackWithInlineErrorsAndStoresNothing() {
        Api.Office office = Api.newOffice();
        Browser clerk = Browser.signedIn(office.clerk(), Api.PASSWORD);
        clerk.get("/ui/applications/new");
        Map<String, String> fields = registration(" ");
        fields.put("receivedOn", "2024-02-30");

        Response refused = clerk.submit("/ui/applications", fields);

        assertThat(refused.statusCode()).isEqualTo(400);
        String page = refused.asString();
        assertThat(page).contains("role=\"alert\"",
                "aria-describedby=\"register-applicant.name-error\"", "id=\"register-applicant.name-error\"",
                "aria-describedby=\"register-receivedOn-error\"", "申请人姓名或名称：必须填写",
                // the person's input comes back
                "测试：2024年征地补偿方案");
        assertThat(total(office)).isZero();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndStoresNothing() {
        Api.Office office = Api.newOffice();
        Browser clerk = Browser.signedIn(office.clerk(), Api.PASSWORD);
        clerk.get("/ui/applications/new");

        Response forged = clerk.post("/ui/applications", registration("王五"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.asString()).contains("页面已失效或来源不明");
        assertThat(total(office)).isZero();
    }

    @Test
    void theClerkAcceptsFromTheListAwaitingTheCheck() {
        Api.Office office = Api.newOffice();
        String id = Api.register(office, Api.today().toString());
        Browser clerk = Browser.signedIn(office.clerk(), Api.PASSWORD);
        String awaiting = clerk.get("/ui/applications?status=RECEIVED").then().statusCode(200).extract().asString();
        assertThat(awaiting).contains("待审查申请", "/ui/applications/" + id);

        String casePage = clerk.get("/ui/applications/" + id).then().statusCode(200).extract().asString();
        assertThat(casePage).contains("受理并转交承办部门", "要求补正", "撤回申请", ">承办部门", "办理记录", "答复期限", "流程图",
                "data-current-step=\"Task_CheckCompleteness\"");
        Response accepted = clerk.submit("/ui/applications/" + id + "/acceptance",
                Map.of("on", Api.today().toString(), "department", office.department()));

        assertThat(accepted.statusCode()).isEqualTo(303);
        Api.get(office.clerk(), id).statusCode(200).body("status", org.hamcrest.Matchers.equalTo("IN_PROGRESS"));
    }

    private static Map<String, String> registration(String name) {
        Map<String, String> fields = new HashMap<>();
        fields.put("applicant.type", "NATURAL_PERSON");
        fields.put("applicant.name", name);
        fields.put("applicant.idNumber", "110101199001011234");
        fields.put("applicant.phone", "13800000000");
        fields.put("channel", "IN_PERSON");
        fields.put("receivedOn", Api.today().toString());
        fields.put("description", "测试：2024年征地补偿方案");
        fields.put("deliveryForm", "PAPER");
        fields.put("submission", java.util.UUID.randomUUID().toString());
        return fields;
    }

    private static int total(Api.Office office) {
        return Api.as(office.clerk()).get("/api/applications").then().statusCode(200).extract().path("total");
    }
}
