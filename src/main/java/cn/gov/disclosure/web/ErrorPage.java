package cn.gov.disclosure.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.disclosure.common.problem.ApiProblem;
import cn.gov.disclosure.common.problem.Problem;
import io.quarkus.qute.Template;

/** A refusal outside any form (an unknown case, a bad year) as a page of the web application. */
final class ErrorPage {

    private ErrorPage() {
    }

    static Response of(Template error, ApiProblem refused) {
        Problem problem = refused.toProblem();
        String title = switch (problem.status()) {
            case 403 -> "无权访问";
            case 404 -> "未找到";
            case 409 -> "当前状态下无法办理";
            default -> "请求有误";
        };
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE)
                .entity(error.data("title", title).data("detail", FormInput.chinese(refused)).render()).build();
    }
}
