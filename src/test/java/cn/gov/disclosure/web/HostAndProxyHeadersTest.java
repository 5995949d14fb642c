package cn.gov.disclosure.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.http.conn.params.ConnRoutePNames;
import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;

/**
 * The Host header and the proxy headers are the client's to choose: redirects never carry the host
 * a client sent (security review, finding 15), and a forwarded scheme and host count only from the
 * proxy the deployment names (quarkus.http.proxy.trusted-proxies; 127.0.0.2 in the tests).
 */
@QuarkusTest
class HostAndProxyHeadersTest {

    private static final String FOREIGN_HOST = "evil.example";

    @Test
    void theServicesOwnRedirectsAndNewResourcesNeverNameTheHostTheClientSent() {
        Api.Office office = Api.newOffice();
        String today = Api.today().toString();
        String id = Api.register(office, today);
        Browser clerk = Browser.signedIn(office.clerk(), Api.PASSWORD);
        clerk.get("/ui/applications/" + id);

        Response accepted = fromHost(FOREIGN_HOST, () -> clerk.submit("/ui/applications/" + id + "/acceptance",
                Map.of("on", today, "department", office.department())));
        Response refused = fromHost(FOREIGN_HOST, () -> clerk.get("/ui/statistics"));
        Response created = fromHost(FOREIGN_HOST,
                () -> Api.as(office.clerk()).body(Api.application(today)).post("/api/applications"));
        Response root = fromHost(FOREIGN_HOST, () -> given().redirects().follow(false).get("/"));

        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(accepted.header("Location")).isEqualTo("/ui/applications/" + id);
        assertThat(refused.statusCode()).as("a page outside the clerk's role").isEqualTo(303);
        assertThat(refused.header("Location")).isEqualTo("/ui/forbidden");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/applications/" + created.path("id"));
        assertThat(root.statusCode()).isEqualTo(303);
        assertThat(root.header("Location")).isEqualTo("/ui");
    }

    @Test
    void aForwardedSchemeAndHostCountOnlyFromTheTrustedProxy() throws UnknownHostException {
        assertThat(originSeenFrom("127.0.0.1")).as("a client posing as a proxy")
                .startsWith("http://").doesNotContain("public.example");
        assertThat(originSeenFrom("127.0.0.2")).as("the trusted proxy").isEqualTo("https://public.example/");
    }

    /** What the service takes as scheme and host of a request from {@code address} that says it was forwarded. */
    private static String originSeenFrom(String address) throws UnknownHostException {
        InetAddress local = InetAddress.getByName(address);
        return given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam(ConnRoutePNames.LOCAL_ADDRESS, local)))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "public.example")
                .get("/test-only/origin").then().statusCode(200).extract().asString();
    }

    /** Sends the requests {@code requests} makes (through {@link Browser} or {@link Api}) with this Host header. */
    private static Response fromHost(String host, Supplier<Response> requests) {
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("Host", host).build();
        try {
            return requests.get();
        } finally {
            RestAssured.requestSpecification = null;
        }
    }
}
