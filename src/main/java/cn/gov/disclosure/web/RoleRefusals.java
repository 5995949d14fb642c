package cn.gov.disclosure.web;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import cn.gov.disclosure.common.problem.ProblemMappers;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;

/**
 * A page refused for the user's role ({@code @RolesAllowed}) leads to a page of the web application
 * in Chinese that says so ({@code /ui/forbidden}, status 403); the API keeps its problem document.
 */
public class RoleRefusals {

    @Inject
    ProblemMappers problems;

    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        if (!ErrorPage.isPage(request)) {
            return problems.forbidden(e);
        }
        return Response.seeOther(URI.create("/ui/forbidden")).build();
    }
}
