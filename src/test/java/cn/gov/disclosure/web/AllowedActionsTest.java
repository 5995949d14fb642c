package cn.gov.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.cases.CaseAction;
import cn.gov.disclosure.cases.CaseStatus;
import cn.gov.disclosure.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/**
 * For every status a case can stand in and every role, the three places that say what may be done
 * agree: the API's {@code allowedActions}, the forms on the case page, and what the API does when
 * each action is asked for (taken where allowed; refused with 403 by role or 409 by state, and the
 * case unchanged, where not).
 */
@QuarkusTest
class AllowedActionsTest {

    private static final Pattern FORM = Pattern.compile("<form method=\"(?:post|get)\" action=\"/ui/applications/[^/\"]+/([a-z-]+)\"");

    /** A case brought to one status by a user of {@code office}; answers its id. */
    private static final Map<CaseStatus, Function<Api.Office, String>> CASE_AT = Map.of(
            CaseStatus.SUBMITTED_ONLINE, AllowedActionsTest::submitted,
            CaseStatus.REJECTED, office -> acted(office, submitted(office), office.clerk(), "rejection"),
            CaseStatus.RECEIVED, office -> Api.register(office, today()),
            CaseStatus.CORRECTION_REQUESTED, office -> acted(office, Api.register(office, today()), office.clerk(),
                    "correction-request"),
            CaseStatus.IN_PROGRESS, office -> Api.registerAccepted(office, today()),
            CaseStatus.THIRD_PARTY_CONSULTATION, office -> acted(office, Api.registerAccepted(office, today()),
                    office.handler(), "third-party-consultation"),
            CaseStatus.AWAITING_FEE, office -> acted(office, Api.registerAccepted(office, today()), office.office(),
                    "fee-notice"),
            CaseStatus.CLOSED, office -> acted(office, Api.registerAccepted(office, today()), office.handler(),
                    "decision"));

    @Test
    void theApiThePageAndTheRulesAgreeForEveryStatusAndRole() {
        Api.Office office = Api.newOffice();
        Map<String, Browser> browsers = Map.of(office.clerk(), Browser.signedIn(office.clerk(), Api.PASSWORD),
                office.handler(), Browser.signedIn(office.handler(), Api.PASSWORD),
                office.office(), Browser.signedIn(office.office(), Api.PASSWORD),
                office.admin(), Browser.signedIn(office.admin(), Api.PASSWORD));
        int taken = 0;
        for (CaseStatus status : CaseStatus.values()) {
            String id = CASE_AT.get(status).apply(office);
            for (String user : browsers.keySet()) {
                String what = status + " as " + user;
                if (Api.get(user, id).extract().statusCode() == 404) {
                    // A handler sees only the cases with its department: nothing to show, nothing to take.
                    assertThat(browsers.get(user).get("/ui/applications/" + id).statusCode()).as(what).isEqualTo(404);
                    for (CaseAction action : CaseAction.values()) {
                        assertThat(request(user, id, action.path()).statusCode()).as(what + " " + action)
                                .isEqualTo(action.mayBeTakenBy(roleOf(office, user)::contains) ? 404 : 403);
                    }
                    continue;
                }
                List<String> allowed = Api.get(user, id).statusCode(200).extract().path("allowedActions");

                assertThat(new TreeSet<>(allowed)).as(what + ": the page's forms")
                        .isEqualTo(formsOn(browsers.get(user), id));
                for (CaseAction action : CaseAction.values()) {
                    String path = action.path();
                    if (allowed.contains(path)) {
                        // Taken on a case of its own in the same status, so this one stays as it is.
                        String fresh = CASE_AT.get(status).apply(office);
                        var response = request(user, fresh, path);
                        assertThat(response.statusCode()).as(what + " takes " + path + ": " + response.asString())
                                .isIn(200, 201);
                        taken++;
                    } else {
                        int expected = action.mayBeTakenBy(roleOf(office, user)::contains) ? 409 : 403;
                        assertThat(request(user, id, path).statusCode()).as(what + " is refused " + path)
                                .isEqualTo(expected);
                    }
                }
                Api.get(user, id).statusCode(200);
                assertThat(Api.get(Api.ADMIN, id).extract().<String> path("status")).as(what + ": unchanged")
                        .isEqualTo(status.name());
            }
        }
        assertThat(taken).as("actions taken across the walk").isGreaterThan(20);
    }

    @Test
    void anActionOfTheWrongRoleIsRefusedBeforeTheCaseIsRead() {
        Api.Office office = Api.newOffice();
        Api.act(office.handler(), "00000000-0000-0000-0000-000000000000", "acceptance",
                Map.of("department", office.department())).statusCode(403);
    }

    private static Set<String> formsOn(Browser browser, String id) {
        String page = browser.get("/ui/applications/" + id).then().statusCode(200).extract().asString();
        Set<String> forms = new TreeSet<>();
        Matcher form = FORM.matcher(page);
        while (form.find()) {
            if (form.group(1).equals("attachments")) {
                // Filing a paper received is no action on the case: every staff role may, in every
                // status (AttachmentPagesTest, AttachmentTest).
                continue;
            }
            // The fee notice opens with its preview; a review is filed by one of two forms.
            forms.add(form.group(1).equals("fee-preview") ? "fee-notice" : form.group(1));
        }
        return forms;
    }

    private static Set<String> roleOf(Api.Office office, String user) {
        String role = user.equals(office.clerk()) ? "clerk" : user.equals(office.handler()) ? "handler"
                : user.equals(office.office()) ? "office" : "admin";
        return Set.of(role);
    }

    private static io.restassured.response.Response request(String user, String id, String path) {
        return Api.as(user).body(body(path)).post("/api/applications/" + id + "/" + path);
    }

    private static String submitted(Api.Office office) {
        return Api.submissionOf(office, Api.submitOnline(office.agency()).get("reference"));
    }

    private static String acted(Api.Office office, String id, String user, String path) {
        Api.act(user, id, path, body(path)).statusCode(200);
        return id;
    }

    /** A body each action takes, dated today. */
    private static Map<String, Object> body(String path) {
        return switch (path) {
            case "acceptance" -> Map.of("on", today(), "department", "D1");
            case "correction-request" -> Map.of("on", today(), "items", List.of("补充身份证明"), "dueOn",
                    Api.openPeriodEnd());
            case "third-party-consultation" -> Map.of("on", today(), "party", "某公司");
            case "extension" -> Map.of("on", today(), "reason", "需要调取档案");
            case "fee-notice" -> Map.of("on", today(), "method", "PER_APPLICATION");
            case "decision" -> Map.of("on", today(), "outcome", "GRANTED");
            case "outcome-correction" -> Map.of("on", today(), "outcome", "PARTIALLY_GRANTED", "reason", "选错了行");
            case "reviews" -> Map.of("kind", "RECONSIDERATION", "filedOn", today());
            case "rejection" -> Map.of("on", today(), "reason", "所提交内容为投诉");
            default -> Map.of("on", today());
        };
    }

    private static String today() {
        return Api.today().toString();
    }

    static {
        assertThat(Arrays.stream(CaseStatus.values()).allMatch(CASE_AT::containsKey)).isTrue();
    }
}
