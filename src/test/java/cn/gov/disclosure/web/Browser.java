package cn.gov.disclosure.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A person at a browser: signs in with the login form, keeps the cookies it is given, and submits
 * forms with the CSRF token of the page they were on. Redirects are not followed, so tests see them.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    /** The page last fetched, whose forms the next submission comes from. */
    private String page = "";

    public static Browser signedIn(String username, String password) {
        Browser browser = new Browser();
        Response login = browser.submitLogin(username, password);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.header("Location")).endsWith("/ui");
        return browser;
    }

    Response submitLogin(String username, String password) {
        return keep(request().formParam("j_username", username).formParam("j_password", password)
                .post("/ui/j_security_check"));
    }

    public Response get(String path) {
        Response response = keep(request().get(path));
        page = response.asString();
        return response;
    }

    /** The page last fetched. */
    String asPage() {
        return page;
    }

    /** Submits a form of the current page: its fields plus the page's CSRF token. */
    public Response submit(String action, Map<String, String> fields) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the page has a CSRF token").isTrue();
        Map<String, String> form = new HashMap<>(fields);
        form.put("csrf-token", token.group(1));
        return post(action, form);
    }

    /** Posts exactly these fields, as a page of another site could. */
    Response post(String action, Map<String, String> fields) {
        Response response = keep(request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(fields).post(action));
        page = response.asString();
        return response;
    }

    /** Follows a redirect the way a browser does. */
    public Response follow(Response redirect) {
        assertThat(redirect.statusCode()).as("a redirect").isIn(302, 303);
        return get(redirect.header("Location"));
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    private Response keep(Response response) {
        response.getCookies().forEach((name, value) -> {
            if (value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        });
        return response;
    }
}
