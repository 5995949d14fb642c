package cn.gov.disclosure.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.gov.disclosure.cases.CaseDetails;
import cn.gov.disclosure.cases.CaseQueries;
import cn.gov.disclosure.cases.ResponseClock;
import cn.gov.disclosure.common.PageRequest;
import cn.gov.disclosure.common.QueryParams;
import cn.gov.disclosure.security.Roles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/** A handler's 办理队列: the department's open cases, soonest due first, with the working days left. */
@Path("/ui/queue")
@RolesAllowed({ Roles.HANDLER, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class QueuePage {

    /** One line of the queue; {@code daysLeft} is negative once overdue, null while no due date is known. */
    @TemplateData
    public record Row(CaseDetails c, Integer daysLeft) {

        public boolean overdue() {
            return c.overdue();
        }

        public boolean paused() {
            return c.clock() == ResponseClock.PAUSED;
        }

        /** Working days past the due date, for an overdue case. */
        public Integer overdueBy() {
            return daysLeft == null ? null : -daysLeft;
        }
    }

    @Inject
    CaseQueries cases;

    @Inject
    @Location("web/queue.html")
    Template queue;

    @GET
    public TemplateInstance queue(@QueryParam("page") String page) {
        PageRequest asked = QueryParams.page(page, null);
        CaseQueries.Page found = cases.queue(asked);
        return queue.data("rows", found.items().stream().map(c -> new Row(c, cases.workingDaysLeft(c))).toList())
                .data("paging", new Paging(asked, found.total(), "/ui/queue?"));
    }
}
