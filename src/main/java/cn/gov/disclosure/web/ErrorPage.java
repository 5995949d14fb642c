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

    /** The applicants' pages answer in their own look: no staff header, a way back to their own pages. */
    @CheckedTemplate(basePath = "public")
    static class PublicTemplates {

        static native TemplateInstance error(String title, String detail);
    }

    @Inject
    ProblemMappers problems;

    /** A page answering {@code status} that says {@code chinese}. */
    static Response of(int status, String chinese) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(title(status), chinese).render()).build();
    }

    /** As {@link #of(int, String)}, on an applicants' page in their look. */
    private static Response ofPublic(int status, String chinese) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(PublicTemplates.error(title(status), chinese).render()).build();
    }

    private static String title(int status) {
        return switch (status) {
            case 403 -> "无权访问";
            case 404 -> "未找到";
            case 409 -> "当前状态下无法办理";
            case 413 -> "提交的内容过长";
            case 429 -> "尝试次数过多";
            default -> "请求有误";
        };
    }

    /** What a request refused before any page could take it says, by its status. */
    static String refusedBefore(int status) {
        return switch (status) {
            case 404 -> "未找到所请求的页面，或者您无权查看";
            case 413 -> "提交的内容过长，无法办理。请返回上一页，按各栏的字数限制缩短，或者改选较小的文件后重新提交";
            default -> "无法办理该请求，请从页面上的链接和按钮进入";
        };
    }

    /** Whether a request is for a page of the (staff's) web application rather than for the API. */
    static boolean isPage(HttpServerRequest request) {
        String path = request.path();
        return path.equals("/ui") || path.startsWith("/ui/");
    }

    /** Whether a refusal is answered with a page, the staff's or the applicants', rather than a problem document. */
    private static boolean answersWithPage(HttpServerRequest request) {
        return isPage(request) || isPublicPage(request);
    }

    /** Whether a request is for one of the applicants' pages ({@code /apply}, {@code /status}). */
    private static boolean isPublicPage(HttpServerRequest request) {
        return request.path().matches("/(apply|status)(/.*)?");
    }

    /** A service's refusal of what a page asked for. */
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response refused(Refusal refusal, HttpServerRequest request) {
        if (!answersWithPage(request)) {
            return problems.refusal(refusal);
        }
        int status = ProblemMappers.statusOf(refusal.kind());
        String chinese = FormInput.chinese(refusal);
        return isPublicPage(request) ? ofPublic(status, chinese) : of(status, chinese);
    }

    /** A form whose body ended before the form did: the page that says the request could not be taken. */
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response unreadableForm(IOException e, HttpServerRequest request) {
        if (!answersWithPage(request) || !ProblemMappers.isForm(request)) {
            return problems.unreadableForm(e, request);
        }
        return isPublicPage(request) ? ofPublic(400, refusedBefore(400))
                : Response.seeOther(URI.create(RefusedPage.PATH + 400)).build();
    }

    /**
     * A request the web application could not take as it came (a form field too large to read, an
     * address that names nothing). As with {@link RoleRefusals}, the browser is sent to a page that
     * says so; an applicant is answered with it at once.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response unreadable(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (!answersWithPage(request) || status < 400 || status >= 500) {
            return problems.webApplication(e);
        }
        // The applicants have no session to reach the staff's refusal page with.
        return isPublicPage(request) ? ofPublic(status, refusedBefore(status))
                : Response.seeOther(URI.create(RefusedPage.PATH + status)).build();
    }
}
