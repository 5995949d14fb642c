import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the CI's checks of the packaged service share: its HTTP API, the database, and the verdict. */
final class ServiceClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final List<String> FAILURES = new ArrayList<>();

    private ServiceClient() {
    }

    static String auth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code id} of a JSON answer. */
    static String id(String body) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return m.group(1);
    }

    static HttpResponse<String> exchange(String base, String method, String path, String auth, String body,
            String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request that must answer {@code expected}; returns the body. */
    static String send(String base, String method, String path, String auth, String body, int expected,
            String... headers) throws Exception {
        HttpResponse<String> response = exchange(base, method, path, auth, body, headers);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + base + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    /**
     * Signs in with the web application's login form as a browser does (the login page first, for
     * its token); returns the session cookie ({@code name=value}), or null if no session was opened.
     */
    static String signInToWeb(HttpClient browser, String base, String username, String password) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/ui/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"login-token\" value=\"([^\"]+)\"").matcher(page.body());
        if (!token.find()) {
            return null;
        }
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/ui/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "disclosure-login=" + token.group(1))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&login-token=" + token.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        return login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("disclosure-session="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(null);
    }

    static long count(Connection db, String sql, String... parameters) throws Exception {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static synchronized void check(boolean ok, String failure) {
        if (!ok) {
            FAILURES.add(failure);
        }
    }

    /** Prints what failed and exits 1, or prints {@code success}. */
    static void verdict(String success) {
        if (!FAILURES.isEmpty()) {
            FAILURES.forEach(f -> System.out.println("✗ " + f));
            System.exit(1);
        }
        System.out.println(success);
    }
}
