package cn.gov.disclosure.web;

import java.util.List;
import java.util.stream.IntStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.common.ListWindow;
import cn.gov.disclosure.security.Roles;
import cn.gov.disclosure.statistics.StatisticsExports;
import cn.gov.disclosure.statistics.StatisticsQueries;
import cn.gov.disclosure.statistics.StatisticsService;
import cn.gov.disclosure.statistics.TableLayout;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The office's 年度统计: the year's table laid out as published, its checks, the downloads, and the
 * cases behind every figure. The downloads are served here rather than linked to
 * {@code /api/statistics}, because the API takes HTTP Basic only and never the session cookie; they
 * are the same files, made by the same {@link StatisticsExports}.
 */
@Path("/ui/statistics")
@RolesAllowed({ Roles.OFFICE, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class StatisticsPages {

    @CheckedTemplate(basePath = "web")
    static class Templates {

        /** {@code cellLink}: the drill-down list's address, as {@link StatisticsPages#cellLink} gives it. */
        static native TemplateInstance statistics(StatisticsExports.Export export, int year, List<Integer> years,
                String cellLink);

        static native TemplateInstance cell(List<StatisticsQueries.CellItem> items, int year, String rowLabel,
                String columnLabel, Paging paging);
    }

    /** How many years back the year selector offers. */
    private static final int YEARS_OFFERED = 6;

    @Inject
    StatisticsService statistics;

    @Inject
    StatisticsExports exports;

    @Inject
    BusinessDates dates;

    /** The year chosen with {@code ?year=}, this year by default. */
    @GET
    public TemplateInstance table(@QueryParam("year") String year) {
        int thisYear = dates.today().getYear();
        StatisticsExports.Export export = export(year == null || year.isBlank() ? Integer.toString(thisYear) : year);
        int shown = export.table().year();
        return Templates.statistics(export, shown, yearsOffered(thisYear), cellLink(shown));
    }

    /** The years a year selector of the annual report's pages offers, this one first. */
    static List<Integer> yearsOffered(int thisYear) {
        return IntStream.range(0, YEARS_OFFERED).map(i -> thisYear - i).boxed().toList();
    }

    @GET
    @Path("{year}/table.xlsx")
    @Produces(StatisticsExports.XLSX)
    public Response xlsx(@PathParam("year") String year) {
        return exports.xlsx(export(year));
    }

    @GET
    @Path("{year}/table.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@PathParam("year") String year) {
        return exports.csv(export(year));
    }

    /** The printable page (打印版), its figures linking to the web application's lists. */
    @GET
    @Path("{year}/table.html")
    public String printable(@PathParam("year") String year) {
        StatisticsExports.Export export = export(year);
        return exports.printable(export, cellLink(export.table().year()));
    }

    /**
     * The cases (or reviews) counted in one figure, in receipt (or filing) order; {@code after} is the
     * last row's key ({@link StatisticsQueries#CELL_KEY}).
     */
    @GET
    @Path("{year}/cases")
    public TemplateInstance cases(@PathParam("year") String year, @QueryParam("row") String row,
            @QueryParam("column") String column, @QueryParam("page") String page,
            @QueryParam("after") String after) {
        StatisticsService.Scope scope = statistics.scope(year, null, null);
        ListWindow window = Paging.window(page, after, StatisticsQueries.CELL_KEY, Long.MAX_VALUE);
        StatisticsService.Cell found = statistics.cell(scope, row, column, window);
        return Templates.cell(found.slice().items(), scope.year(), TableLayout.rowLabel(found.row()),
                TableLayout.columnLabel(found.column()), Paging.of(window, found.slice(),
                        cellLink(scope.year()) + "&row=" + found.row() + "&column=" + found.column() + "&",
                        StatisticsQueries.CELL_KEY));
    }

    private StatisticsExports.Export export(String year) {
        return exports.export(statistics.scope(year, null, null), false);
    }

    /** The drill-down list's address with its query begun; a figure's row and column are appended. */
    private static String cellLink(int year) {
        return "/ui/statistics/" + year + "/cases?includeSubordinates=false";
    }
}
