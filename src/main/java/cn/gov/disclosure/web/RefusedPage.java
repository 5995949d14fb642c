package cn.gov.disclosure.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;

/** Where {@link ErrorPage} sends a browser whose request was refused before a page could take it. */
@Path("/ui/refused/{status}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RefusedPage {

    static final String PATH = "/ui/refused/";

    /** The refusal by its HTTP status; one the web application does not give reads as a request it cannot take. */
    @GET
    public Response show(@PathParam("status") String status) {
        return switch (status) {
            case "404" -> ErrorPage.of(404, "未找到所请求的页面，或者您无权查看");
            case "413" -> ErrorPage.of(413, "提交的内容过长，无法办理。请返回上一页，按各栏的字数限制缩短，或者改选较小的文件后重新提交");
            default -> ErrorPage.of(400, "无法办理该请求，请从页面上的链接和按钮进入");
        };
    }
}
