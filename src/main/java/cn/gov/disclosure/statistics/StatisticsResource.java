package cn.gov.disclosure.statistics;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * Sections 三 and 四 of an agency's annual report (CONTRACT.md "Annual statistics"): the table,
 * its exports, the cases behind each cell, and publishing a year.
 */
@Path("/api/statistics/{year}")
@RolesAllowed({ Roles.OFFICE, Roles.ADMIN })
public class StatisticsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    StatisticsService statistics;

    @Inject
    @Location("statistics/table.html")
    Template page;

    @PathParam("year")
    String year;

    @QueryParam("agency")
    String agency;

    @QueryParam("includeSubordinates")
    String includeSubordinates;

    /** For the exports: {@code published=true} gives the figures as published instead of as they stand. */
    @QueryParam("published")
    String published;

    @GET
    public AnnualTable table() {
        return statistics.current(scope());
    }

    @GET
    @Path("table.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv() {
        Export export = export();
        return download(SpreadsheetExports.csv(export.heading(), export.sections()), export, "csv");
    }

    @GET
    @Path("table.xlsx")
    @Produces(XLSX)
    public Response xlsx() {
        Export export = export();
        return download(SpreadsheetExports.xlsx(export.heading(), export.sections()), export, "xlsx");
    }

    /** The printable page: both sections as the report prints them, the checks, and any changes since publication. */
    @GET
    @Path("table.html")
    @Produces(MediaType.TEXT_HTML)
    public String html() {
        Export export = export();
        UriBuilder drillDown = UriBuilder.fromPath("/api/statistics/{year}/cases")
                .queryParam("agency", export.table().agency())
                .queryParam("includeSubordinates", export.table().includeSubordinates());
        return page.data("heading", export.heading())
                .data("table", export.table())
                .data("sections", export.sections())
                .data("cellLink", drillDown.build(export.table().year()).toString())
                .render();
    }

    @GET
    @Path("cases")
    public StatisticsService.CellPage cases(@QueryParam("row") String row, @QueryParam("column") String column,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return statistics.cell(scope(), row, column, QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE),
                QueryParams.integer("size", size, 20, 1, 200));
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

    private record Export(AnnualTable table, String heading, List<ReportGrid> sections, String fileName) {
    }

    private Export export() {
        StatisticsService.Scope scope = scope();
        boolean asPublished = Boolean.TRUE.equals(QueryParams.bool("published", published));
        AnnualTable table = asPublished ? statistics.published(scope) : statistics.current(scope);
        String heading = scope.agency().name + (scope.includeSubordinates() ? "（含下级机关）" : "") + scope.year()
                + "年政府信息公开工作年度报告" + (asPublished ? "（已公布）" : "");
        String fileName = scope.agency().code + "-" + scope.year() + (scope.includeSubordinates() ? "-consolidated" : "")
                + (asPublished ? "-published" : "");
        return new Export(table, heading, List.of(ReportGrid.sectionThree(table), ReportGrid.sectionFour(table)),
                fileName);
    }

    private static Response download(byte[] body, Export export, String extension) {
        // An ASCII file name for every client, and the Chinese title (RFC 6266) for those that show it.
        String title = URLEncoder.encode(export.heading() + "." + extension, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body)
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "." + extension
                        + "\"; filename*=UTF-8''" + title)
                .build();
    }
}
