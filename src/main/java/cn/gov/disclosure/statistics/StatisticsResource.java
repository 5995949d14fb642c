package cn.gov.disclosure.statistics;


import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import cn.gov.disclosure.common.QueryParams;
import cn.gov.disclosure.security.Roles;

/**
 * Sections 三 and 四 of an agency's annual report (CONTRACT.md "Annual statistics"): the table,
 * its exports, the cases behind each cell, and publishing a year.
 */
@Path("/api/statistics/{year}")
@RolesAllowed({ Roles.OFFICE, Roles.ADMIN })
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @Inject
    StatisticsExports exports;

    @PathParam("year")
    String year;

    @QueryParam("agency")
    String agency;

    @QueryParam("includeSubordinates")
    String includeSubordinates;

    @GET
    public AnnualTable table() {
        return statistics.current(scope());
    }

    @GET
    @Path("table.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("published") String published) {
        return exports.csv(export(published));
    }

    @GET
    @Path("table.xlsx")
    @Produces(StatisticsExports.XLSX)
    public Response xlsx(@QueryParam("published") String published) {
        return exports.xlsx(export(published));
    }

    /** The printable page: both sections as the report prints them, the checks, and any changes since publication. */
    @GET
    @Path("table.html")
    @Produces(MediaType.TEXT_HTML)
    public String html(@QueryParam("published") String published) {
        StatisticsExports.Export export = export(published);
        UriBuilder drillDown = UriBuilder.fromPath("/api/statistics/{year}/cases")
                .queryParam("agency", export.table().agency())
                .queryParam("includeSubordinates", export.table().includeSubordinates());
        return exports.printable(export, drillDown.build(export.table().year()).toString());
    }

    @GET
    @Path("cases")
    public StatisticsService.CellPage cases(@QueryParam("row") String row, @QueryParam("column") String column,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return statistics.cell(scope(), row, column, QueryParams.page(page, size));
    }

    /** Keeps the year's table as it stands now; later changes are reported against it. */
    @POST
    @Path("publication")
    public Response publish() {
        StatisticsService.Scope scope = scope();
        AnnualTable table = statistics.publish(scope);
        return Response.created(UriBuilder.fromPath("/api/statistics/{year}/publication")
                .queryParam("agency", table.agency())
                .queryParam("includeSubordinates", table.includeSubordinates())
                .build(table.year())).entity(table).build();
    }

    @GET
    @Path("publication")
    public AnnualTable publication() {
        return statistics.published(scope());
    }

    private StatisticsService.Scope scope() {
        return statistics.scope(year, agency, includeSubordinates);
    }

    /** An export: {@code published=true} gives the figures as published instead of as they stand. */
    private StatisticsExports.Export export(String published) {
        return exports.export(scope(), Boolean.TRUE.equals(QueryParams.bool("published", published)));
    }
}
