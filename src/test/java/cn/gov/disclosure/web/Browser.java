package cn.gov.disclosure.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.disclosure.support.Api;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A person at a browser: signs in with the login form, keeps the cookies it is given, and submits
 * forms with the CSRF token of the page they were on. Redirects are not followed, so tests see them.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"login-token\" value=\"([^\"]+)\"");
    private static final Pattern RETURN_TO = Pattern.compile("name=\"next\" value=\"([^\"]+)\"");
    /** The token of the applicants' public forms, bound to a cookie of their own. */
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"form-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    /** The page last fetched, whose forms the next submission comes from. */
    private String page = "";

    /** A browser that signs in nowhere: an applicant on the public pages. */
    public static Browser visitor() {
        return new Browser();
    }

    public static Browser signedIn(String username, String password) {
        Browser browser = new Browser();
        Response login = browser.submitLogin(username, password);
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.header("Location")).endsWith("/ui");
        return browser;
    }

    /** Opens the login page (unless it is the page at hand) and signs in with its form. */
    Response submitLogin(String username, String password) {
        if (!LOGIN_TOKEN.matcher(page).find()) {
            get("/ui/login");
        }
        Matcher token = LOGIN_TOKEN.matcher(page);
        assertThat(token.find()).as("the login page has its token").isTrue();
        Map<String, String> form = new HashMap<>(Map.of("username", username, "password", password,
                "login-token", token.group(1)));
        Matcher returnTo = RETURN_TO.matcher(page);
        if (returnTo.find()) {
            form.put("next", returnTo.group(1).replace("&amp;", "&"));
        }
        return post("/ui/login", form);
    }

    /** The cookies the browser holds now, as a copy a thief could take. */
    Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    /** Takes these cookies as its own. */
    void cookies(Map<String, String> taken) {
        cookies.putAll(taken);
    }

    /** The CSRF token of the page last fetched. */
    String csrfToken() {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the page has a CSRF token").isTrue();
        return token.group(1);
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

    /**
     * Submits a form of the current page: its fields plus the page's CSRF token, or on a public page
     * its form token (unless the fields bring one of their own).
     */
    public Response submit(String action, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        Matcher formToken = FORM_TOKEN.matcher(page);
        if (formToken.find()) {
            form.putIfAbsent("form-token", formToken.group(1));
        } else {
            form.put("csrf-token", csrfToken());
        }
        return post(action, form);
    }

    /**
     * Submits a form of the current page that carries a file ({@code enctype="multipart/form-data"}):
     * its text fields, the page's CSRF token, and {@code content} as the field {@code fileField}
     * named {@code fileName}; where {@code fileName} is null, a part with an empty name and no
     * bytes, as a browser sends where no file was chosen.
     */
    public Response submitWithFile(String action, Map<String, String> fields, String fileField, String fileName,
            byte[] content) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("csrf-token", csrfToken());
        return postMultipart(action, form, fileField, fileName, content);
    }

    /**
     * Posts {@code body} as it is, with {@code contentType}: a form no browser would send. Where a
     * {@code boundary} is given, the body is a multipart form's and the page's CSRF token goes
     * first, as a part of its own, so that the rest is what the page reads.
     */
    public Response submitRaw(String action, String contentType, String boundary, String body) {
        String sent = boundary == null ? body
                : "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + csrfToken()
                        + "\r\n" + body;
        RequestSpecification request = request().contentType(contentType);
        // REST Assured writes text bodies by their content type, and has no writer for a multipart one.
        request = contentType.startsWith("multipart/") ? request.body(sent.getBytes(StandardCharsets.UTF_8))
                : request.body(sent);
        Response response = keep(request.post(action));
        page = response.asString();
        return response;
    }

    /** Posts exactly these fields and this file as a multipart form. */
    Response postMultipart(String action, Map<String, String> fields, String fileField, String fileName,
            byte[] content) {
        RequestSpecification request = Api.multipart(request());
        fields.forEach((name, value) -> Api.field(request, name, value));
        if (fileField != null) {
            request.multiPart(fileField, fileName == null ? "" : fileName, content == null ? new byte[0] : content,
                    "application/octet-stream");
        }
        Response response = keep(request.post(action));
        page = response.asString();
        return response;
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
        // The address is encoded already.
        Response response = keep(request().urlEncodingEnabled(false).get(redirect.header("Location")));
        page = response.asString();
        return response;
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
