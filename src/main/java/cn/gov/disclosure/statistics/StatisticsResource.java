package cn.gov.disclosure.statistics;


import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.disclosure.api.ApiDescriptionFilter;
import cn.gov.disclosure.common.QueryParams;
import cn.gov.disclosure.security.Roles;

/**
 * Sections 三 and 四 of an agency's annual report (CONTRACT.md "Annual statistics"): the table,
 * its exports, the cases behind each cell, and publishing a year.
 */
@Path("/api/statistics/{year}")
@RolesAllowed({ Roles.OFFICE, Roles.ADMIN })
@Tag(name = "Annual statistics", description = "Sections 三 and 四 of the annual report (政府信息公开工作年度报告): the table,"
        + " its exports, the cases behind each cell, and publishing a year.")
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @Inject
    StatisticsExports exports;

    @PathParam("year")
    String year;

    @Parameter(description = "The agency; an office user's own when left out, an admin must name one")
    @QueryParam("agency")
    String agency;

    @Parameter(description = "Add every agency below it", schema = @Schema(type = SchemaType.BOOLEAN))
    @QueryParam("includeSubordinates")
    String includeSubordinates;

    @GET
    @Operation(summary = "The year's table (sections 三 and 四) with its checks",
            description = "With `publication` and the differences since, once the year is published.")
    public AnnualTable table() {
        return statistics.current(scope());
    }

    @GET
    @Path("table.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "The table as CSV, in the report's layout")
    public Response csv(
            @Parameter(description = "The figures as published", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("published") String published) {
        return exports.csv(export(published));
    }

    @GET
    @Path("table.xlsx")
    @Produces(StatisticsExports.XLSX)
    @Operation(summary = "The table as an XLSX workbook, in the report's layout")
    public Response xlsx(
            @Parameter(description = "The figures as published", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("published") String published) {
        return exports.xlsx(export(published));
    }

    /** The printable page: both sections as the report prints them, the checks, and any changes since publication. */
    @GET
    @Path("table.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The table as a printable page; every figure links to its cases")
    public String html(
            @Parameter(description = "The figures as published", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("published") String published) {
        StatisticsExports.Export export = export(published);
        UriBuilder drillDown = UriBuilder.fromPath("/api/statistics/{year}/cases")
                .queryParam("agency", export.table().agency())
                .queryParam("includeSubordinates", export.table().includeSubordinates());
        return exports.printable(export, drillDown.build(export.table().year()).toString());
    }

    @GET
    @Path("cases")
    @Operation(summary = "The cases (or reviews) behind one cell")
    public StatisticsService.CellPage cases(
            @Parameter(description = "A row key of `rows` or of `reviews`") @QueryParam("row") String row,
            @Parameter(description = "A column of that section") @QueryParam("column") String column,
            @Parameter(ref = ApiDescriptionFilter.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDescriptionFilter.SIZE) @QueryParam("size") String size) {
        return statistics.cell(scope(), row, column, QueryParams.page(page, size));
    }

    /** Keeps the year's table as it stands now; later changes are reported against it. */
    @POST
    @Path("publication")
    @Operation(summary = "Publish the year's table",
            description = "Once, and only after the year has ended; later changes are reported against it.")
    @APIResponse(responseCode = "201", description = "The table as published", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualTable.class)))
    public Response publish() {
        StatisticsService.Scope scope = scope();
        AnnualTable table = statistics.publish(scope);
        return Response.created(UriBuilder.fromPath("/api/statistics/{year}/publication")
                .queryParam("agency", table.agency())
                .queryParam("includeSubordinates", table.includeSubordinates())
                .build(table.year())).entity(table).build();
    }

    /** The figures an agency published for the year before it used the service. */
    @PUT
    @Path("published-figures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the figures published for a year before the service was used",
            description = "The body is the statistics JSON's `rows` and `reviews`, as published. Once, for a year that"
                    + " has ended, as a publication; the next year's carried-in check compares with them. Answers the"
                    + " year as published, with the differences from the cases the service holds for it.")
    public AnnualTable keyIn(@Valid @NotNull PublishedFigures figures) {
        return statistics.keyIn(scope(), figures);
    }

    @GET
    @Path("publication")
    @Operation(summary = "The table as published, with the differences since")
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
