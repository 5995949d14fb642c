package cn.gov.disclosure.web;

import java.util.List;
import java.util.stream.IntStream;

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
import cn.gov.disclosure.common.ListWindow;
import cn.gov.disclosure.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A handler's 办理队列: the department's open cases, soonest due first, with the working days left. */
@Path("/ui/queue")
@RolesAllowed({ Roles.HANDLER, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class QueuePage {

    @CheckedTemplate(basePath = "web")
    static class Templates {

        static native TemplateInstance queue(List<Row> rows, Paging paging);
    }

    /** One line of the queue; {@code daysLeft} is negative once overdue, null while no due date is known. */
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

    /** {@code after}: the last row's key ({@link CaseQueries#QUEUE_KEY}). */
    @GET
    public TemplateInstance queue(@QueryParam("page") String page, @QueryParam("after") String after) {
        ListWindow window = Paging.window(page, after, CaseQueries.QUEUE_KEY, ListWindow.WEB_COUNT);
        ListWindow.Slice<CaseDetails> found = cases.queue(window);
        List<Integer> daysLeft = cases.workingDaysLeft(found.items());
        return Templates.queue(IntStream.range(0, daysLeft.size())
                .mapToObj(i -> new Row(found.items().get(i), daysLeft.get(i))).toList(),
                Paging.of(window, found, "/ui/queue?", CaseQueries.QUEUE_KEY));
    }
}
