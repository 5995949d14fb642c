package cn.gov.disclosure.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Health and metrics are for the platform and the operators: served on the management port, which
 * neither the proxy nor the Kubernetes Service publishes. The application port keeps only the
 * contract's readiness verdict, without the checks behind it.
 */
@QuarkusTest
class ManagementPortTest {

    /**
     * Where the management interface listens in tests. Read from the setting itself:
     * {@code @TestHTTPResource(management = true)} gives 9001 even when the build sets another port.
     */
    @ConfigProperty(name = "quarkus.management.test-port", defaultValue = "9001")
    int managementPort;

    @ParameterizedTest
    @ValueSource(strings = { "/q/metrics", "/q/health", "/q/health/live", "/q/health/started" })
    void servedOnTheManagementPortAndNotOnTheApplicationPort(String path) {
        given().get(path).then().statusCode(404);
        given().port(managementPort).get(path).then().statusCode(200);
    }

    @Test
    void theApplicationPortTellsReadinessAndNothingMore() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks", nullValue());
        given().port(managementPort).get("/q/health/ready").then().statusCode(200)
                .body("checks", notNullValue());
    }
}
