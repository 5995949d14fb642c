package cn.gov.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * 台账 for the office: the template, a check that lists every problem row by row and stores
 * nothing, the import once the ledger is right, and the year's ledger downloaded back.
 */
@QuarkusTest
class LedgerPageTest {

    static final String HEADERS = "登记编号,申请人类型,申请人姓名或名称,申请方式,收到申请日期,所需信息内容描述,承办部门,受理日期,办结日期,办理结果\r\n";

    @Test
    void theOfficeChecksItsLedgerSeesTheBadRowFixesItAndImports() {
        Api.Office office = Api.newOffice();
        Browser browser = Browser.signedIn(office.office(), Api.PASSWORD);
        assertThat(browser.get("/ui/ledger/template.xlsx").then().statusCode(200).extract().asByteArray())
                .startsWith((byte) 'P', (byte) 'K');
        String page = browser.get("/ui/ledger").then().statusCode(200).extract().asString();
        assertThat(page).contains("<a href=\"/ui/ledger\">台账</a>", "下载台账模板", "enctype=\"multipart/form-data\"",
                ">检查</button>", ">导入</button>", "href=\"/ui/ledger/2026.xlsx\"");

        String bad = HEADERS + "2025-1,自然人,张三,当面,2025-03-03,某信息,D1,2025-03-03,2025-03-20,予以公开\r\n"
                + "2025-2,自然人,李四,当面,2025-03-32,某信息,,,,\r\n";
        Response checked = browser.submitWithFile("/ui/ledger", Map.of("mode", "check"), "file", "台账.csv",
                bad.getBytes(StandardCharsets.UTF_8));
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(checked.asString()).contains("检查结果：台账.csv", "共 2 行，1 处问题",
                "<tr><td>申请</td><td>3</td><td>收到申请日期</td><td>“2025-03-32”不是日期，应写作 2024-03-01</td></tr>");
        Response refused = browser.submitWithFile("/ui/ledger", Map.of("mode", "import"), "file", "台账.csv",
                bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.asString()).contains("未导入任何一行");
        Api.as(office.office()).get("/api/applications").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));

        String fixed = bad.replace("2025-03-32", "2025-03-04");
        Response imported = browser.submitWithFile("/ui/ledger", Map.of("mode", "import"), "file", "台账.csv",
                fixed.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.asString()).contains("导入结果：台账.csv", "已导入，新登记 2 件");

        String exported = new String(browser.get("/ui/ledger/2025.csv").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertThat(exported).startsWith("\uFEFF登记编号,").contains("\r\n2025-1,自然人,张三,,,,,当面,2025-03-03,某信息,");
    }

    @Test
    void aFileThatIsNoLedgerIsRefusedBesideTheField() {
        Api.Office office = Api.newOffice();
        Browser browser = Browser.signedIn(office.office(), Api.PASSWORD);
        browser.get("/ui/ledger").then().statusCode(200);
        Response refused = browser.submitWithFile("/ui/ledger", Map.of("mode", "check"), "file", "说明.txt",
                "这不是台账".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("id=\"ledger-file-error\">文件中没有带台账列名");
        Browser clerk = Browser.signedIn(office.clerk(), Api.PASSWORD);
        assertThat(clerk.follow(clerk.get("/ui/ledger")).statusCode()).as("the ledger is the office's").isEqualTo(403);
    }
}
