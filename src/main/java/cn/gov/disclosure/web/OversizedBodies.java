package cn.gov.disclosure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.disclosure.common.problem.Problem;
import cn.gov.disclosure.common.problem.ProblemMappers;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request whose declared length ({@code Content-Length}) is beyond
 * {@code quarkus.http.limits.max-body-size} is refused before a byte of its body is read, as the
 * HTTP layer does, but answered as the rest of the service answers: the API with a problem
 * document (413, {@code /problems/too-large}), a page by sending the browser to the page that
 * says so in Chinese. The HTTP layer's own refusal, a bare 413, would come first otherwise. A
 * multipart form sent without a length is counted as it is read, and refused by the form parser,
 * whose refusal reaches the usual mappers.
 */
@ApplicationScoped
public class OversizedBodies {

    /** Room for a multipart form's part headers and boundaries, beyond its parts' contents. */
    static final long FRAMING = 1024 * 1024;

    private final long limit;
    private final String problem;

    OversizedBodies(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit,
            ObjectMapper json) throws JsonProcessingException {
        this.limit = limit.asLongValue();
        this.problem = json.writeValueAsString(ProblemMappers.tooLargeProblem(
                "The request body is larger than the service takes (" + this.limit + " bytes)"));
    }

    void route(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::refuseIfTooLarge);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::letTheFormParserCount);
    }

    /**
     * A multipart form sent without a length (chunked) is counted twice as it is read: by the HTTP
     * layer, whose refusal is a bare 413 written as it stops reading, and by the form parser, which
     * counts the parts' contents against the same limit and whose refusal reaches the mappers. The
     * HTTP layer's count is raised by what the parts' headers and boundaries may take, so that a
     * file too large meets the parser's first; a body of endless headers still meets the HTTP
     * layer's, and no body is read beyond {@link #FRAMING} past the limit.
     */
    private void letTheFormParserCount(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaderNames.CONTENT_TYPE);
        if (context.get(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY) != null && type != null
                && type.regionMatches(true, 0, "multipart/form-data", 0, "multipart/form-data".length())) {
            context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, limit + FRAMING);
        }
        context.next();
    }

    private void refuseIfTooLarge(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length == null || !declaresMoreThanLimit(length)) {
            context.next();
            return;
        }
        var response = context.response();
        // The body is not read: the connection cannot carry another request after this one.
        response.putHeader(HttpHeaderNames.CONNECTION, "close");
        response.endHandler(ended -> context.request().connection().close());
        if (ErrorPage.isPage(context.request())) {
            response.setStatusCode(303).putHeader(HttpHeaderNames.LOCATION, RefusedPage.PATH + 413).end();
        } else {
            response.setStatusCode(413).putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE).end(problem);
        }
    }

    /** Whether a declared length is beyond the limit; one that is no number is left to the HTTP layer. */
    private boolean declaresMoreThanLimit(String length) {
        String digits = length.trim();
        if (!digits.matches("\\d{1,30}")) {
            return false;
        }
        return digits.length() > 18 || Long.parseLong(digits) > limit;
    }
}
