package cn.gov.disclosure.web;

import java.io.IOException;
import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.common.problem.ProblemMappers;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/**
 * A refusal outside any form (an unknown case, a bad year or page number, a form too large to
 * read) as a page of the web application, in Chinese; the API keeps its problem document.
 */
public class ErrorPage {

    @CheckedTemplate(basePath = "web")
    static class Templates {

        static native TemplateInstance error(String title, String detail);
    }

    @Inject
    ProblemMappers problems;

    /** A page answering {@code status} that says {@code chinese}. */
    static Response of(int status, String chinese) {
        String title = switch (status) {
            case 403 -> "无权访问";
            case 404 -> "未找到";
            case 409 -> "当前状态下无法办理";
            case 413 -> "提交的内容过长";
            default -> "请求有误";
        };
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(title, chinese).render()).build();
    }

    /** Whether a request is for a page of the web application rather than for the API. */
    static boolean isPage(HttpServerRequest request) {
        String path = request.path();
        return path.equals("/ui") || path.startsWith("/ui/");
    }

    /** A service's refusal of what a page asked for. */
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response refused(Refusal refusal, HttpServerRequest request) {
        return isPage(request) ? of(ProblemMappers.statusOf(refusal.kind()), FormInput.chinese(refusal))
                : problems.refusal(refusal);
    }

    /** A form whose body ended before the form did: the page that says the request could not be taken. */
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response unreadableForm(IOException e, HttpServerRequest request) {
        if (!isPage(request) || !ProblemMappers.isForm(request)) {
            return problems.unreadableForm(e, request);
        }
        return Response.seeOther(URI.create(RefusedPage.PATH + 400)).build();
    }

    /**
     * A request the web application could not take as it came (a form field too large to read, an
     * address that names nothing). As with {@link RoleRefusals}, the browser is sent to a page that
     * says so.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response unreadable(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (!isPage(request) || status < 400 || status >= 500) {
            return problems.webApplication(e);
        }
        return Response.seeOther(URI.create(RefusedPage.PATH + status)).build();
    }
}
