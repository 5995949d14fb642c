package cn.gov.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.common.ListWindow;
import cn.gov.disclosure.common.PageRequest;
import cn.gov.disclosure.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The web application's lists page by key: 下一页 starts after the last row shown, rows with the
 * same dates are told apart by their tracking numbers (none shown twice, none left out), and a
 * list longer than its count says "more than".
 */
@QuarkusTest
class KeysetPagingTest {

    /** One page and three rows more, all with the same dates: the sort keys tie but for the tracking number. */
    private static final int CASES = PageRequest.DEFAULT_SIZE + 3;
    private static final Pattern NEXT = Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\">下一页</a>");

    @Inject
    DataSource dataSource;

    @Test
    void aFiguresCasesContinueOnTheNextPageWithEveryCaseOnce() {
        Api.Office office = Api.newOffice();
        String day = Api.today().toString();
        List<String> decided = IntStream.range(0, CASES).mapToObj(i -> {
            String id = Api.registerAccepted(office, day);
            Api.act(office.handler(), id, "decision", Map.of("on", day, "outcome", "GRANTED")).statusCode(200);
            return Api.get(office.clerk(), id).extract().<String> path("trackingNumber");
        }).toList();
        Browser staff = Browser.signedIn(office.office(), Api.PASSWORD);

        String first = staff.get("/ui/statistics/" + Api.today().getYear()
                + "/cases?includeSubordinates=false&row=GRANTED&column=TOTAL").then().statusCode(200).extract()
                .asString();
        String second = staff.get(next(first)).then().statusCode(200).extract().asString();

        assertThat(first).contains("共 " + CASES + " 件").doesNotContain("rel=\"first\"");
        assertThat(second).contains("共 " + CASES + " 件", "rel=\"first\"").doesNotContain("rel=\"next\"");
        assertThat(trackingNumbers(first, office)).hasSize(PageRequest.DEFAULT_SIZE);
        assertThat(shown(office, first, second)).containsExactlyInAnyOrderElementsOf(decided);
    }

    @Test
    void theListAndTheQueueContinueOnTheNextPageWithEveryCaseOnce() {
        Api.Office office = Api.newOffice();
        String day = Api.today().minusDays(3).toString();
        List<String> accepted = IntStream.range(0, CASES).mapToObj(i -> Api.registerAccepted(office, day))
                .map(id -> Api.get(office.clerk(), id).extract().<String> path("trackingNumber")).toList();

        Browser clerk = Browser.signedIn(office.clerk(), Api.PASSWORD);
        String list = clerk.get("/ui/applications").then().statusCode(200).extract().asString();
        String listAfter = clerk.get(next(list)).then().statusCode(200).extract().asString();
        Browser handler = Browser.signedIn(office.handler(), Api.PASSWORD);
        String queue = handler.get("/ui/queue").then().statusCode(200).extract().asString();
        String queueAfter = handler.get(next(queue)).then().statusCode(200).extract().asString();

        assertThat(list).contains("共 " + CASES + " 件");
        assertThat(shown(office, list, listAfter)).containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(listAfter).contains("rel=\"first\"").doesNotContain("rel=\"next\"");
        assertThat(queue).contains("本部门在办申请共 " + CASES + " 件");
        assertThat(shown(office, queue, queueAfter)).containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(queueAfter).doesNotContain("rel=\"next\"");
    }

    @Test
    void aListLongerThanItsCountSaysMoreThan() throws SQLException {
        Api.Office office = Api.newOffice();
        // More cases than the count reads, written straight into the table: registering them one by
        // one would take minutes, and the list reads nothing but the cases.
        try (Connection db = dataSource.getConnection(); PreparedStatement insert = db.prepareStatement("""
                insert into disclosure_case (id, version, agency_code, tracking_number, applicant_type,
                    applicant_name, channel, received_on, description, status, clock, extended,
                    correction_requested, corrected, last_event_on, created_at, created_by)
                select gen_random_uuid(), 0, ?, ? || '-' || n, 'NATURAL_PERSON', '张三', 'IN_PERSON',
                       ?::date, '某信息', 'RECEIVED', 'STOPPED', false, false, false, ?::date, now(), 'test'
                  from generate_series(1, ?) as n
                """)) {
            insert.setString(1, office.agency());
            insert.setString(2, office.agency());
            insert.setString(3, Api.today().toString());
            insert.setString(4, Api.today().toString());
            insert.setLong(5, ListWindow.WEB_COUNT + 1);
            insert.executeUpdate();
        }
        Browser clerk = Browser.signedIn(office.clerk(), Api.PASSWORD);

        String list = clerk.get("/ui/applications").then().statusCode(200).extract().asString();

        assertThat(list).contains("超过 " + ListWindow.WEB_COUNT + " 件").contains("rel=\"next\"");
        assertThat(trackingNumbers(list, office)).hasSize(PageRequest.DEFAULT_SIZE);
    }

    @Test
    void aKeyNoLinkGaveIsRefusedOnAChinesePage() {
        Api.Office office = Api.newOffice();
        Browser staff = Browser.signedIn(office.office(), Api.PASSWORD);

        assertThat(staff.get("/ui/statistics/2025/cases?row=GRANTED&after=2025-13-01_X").statusCode())
                .isEqualTo(400);
        assertThat(staff.asPage()).contains("翻页位置：不是本系统的翻页位置");
        assertThat(staff.get("/ui/applications?after=nothing").statusCode()).isEqualTo(400);
    }

    /** The address of the page's 下一页. */
    private static String next(String page) {
        Matcher link = NEXT.matcher(page);
        assertThat(link.find()).as("a link to the next page").isTrue();
        // As a browser sends it: the request encodes the address again.
        return URLDecoder.decode(link.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8);
    }

    /** The tracking numbers the pages list, each as often as shown. */
    private static List<String> shown(Api.Office office, String... pages) {
        List<String> all = new ArrayList<>();
        for (String page : pages) {
            all.addAll(trackingNumbers(page, office));
        }
        return all;
    }

    private static List<String> trackingNumbers(String page, Api.Office office) {
        Matcher number = Pattern.compile(">(" + office.agency() + "-[0-9-]+)</a>").matcher(page);
        List<String> found = new ArrayList<>();
        while (number.find()) {
            found.add(number.group(1));
        }
        return found;
    }
}
