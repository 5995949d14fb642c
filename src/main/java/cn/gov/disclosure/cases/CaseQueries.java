package cn.gov.disclosure.cases;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.disclosure.agency.Department;
import cn.gov.disclosure.calendar.CalendarService;
import cn.gov.disclosure.calendar.WorkingDayCalendar;
import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.common.PageRequest;
import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.security.CurrentUser;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * Reads cases as the signed-in user may see them: the read model {@link CaseDetails} of one case,
 * lists and the department's queue. Another agency's (or department's) case is not found, rather
 * than forbidden: its existence is not revealed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseQueries {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    BusinessDates dates;

    @Inject
    CalendarService calendars;

    @Inject
    Deadlines deadlines;

    /** A case the current user may see, or the refusal {@link CaseRefusal#NOT_FOUND}. */
    public DisclosureCase find(UUID id) {
        DisclosureCase c = em.find(DisclosureCase.class, id);
        requireVisible(c, id);
        return c;
    }

    /**
     * Whether the current user may see the case: a record that belongs to a case (a letter, a
     * paper) is unknown to whoever may not, under that record's own refusal.
     */
    public boolean isVisible(UUID caseId) {
        DisclosureCase c = em.find(DisclosureCase.class, caseId);
        return c != null && visible(c);
    }

    void requireVisible(DisclosureCase c, UUID id) {
        if (c == null || !visible(c)) {
            throw Refusal.of(CaseRefusal.NOT_FOUND, "id", id);
        }
    }

    /** The case with the applicant's details and its history. */
    public CaseDetails details(UUID id) {
        return details(find(id));
    }

    public CaseDetails details(DisclosureCase c) {
        return details(c, CaseEvent.history(c.id));
    }

    /** The case page's reading: the case with its history, and how its response period is counted from that history. */
    public record Explained(CaseDetails details, Deadlines.Explanation deadline) {
    }

    /** The case with its history; {@code deadline} is null for a submission not yet received, which has no period. */
    public Explained explained(UUID id) {
        DisclosureCase c = find(id);
        List<CaseEvent> history = CaseEvent.history(c.id);
        return new Explained(details(c, history), c.receivedOn == null ? null
                : deadlines.explain(c, history, calendars.calendar(), dates.today()));
    }

    private CaseDetails details(DisclosureCase c, List<CaseEvent> history) {
        CaseDetails.Department department = c.departmentId == null ? null
                : departmentsOf(List.of(c)).get(c.departmentId);
        List<CaseDetails.Event> events = history.stream()
                .map(e -> new CaseDetails.Event(e.type, e.on, e.by, e.at, e.details)).toList();
        return details(c, department, new CaseDetails.Applicant(c.applicantType, c.applicantName, c.applicantIdNumber,
                c.applicantPhone, c.applicantEmail, c.applicantAddress), events);
    }

    /** The actions the current user may take on the case now. */
    public List<CaseAction> allowedActions(DisclosureCase c) {
        return CaseAction.allowed(c, user::hasRole);
    }

    /**
     * Working days left until each case's response is due (negative once overdue, null while no due
     * date is known), in the order given; the calendar is read once for them all.
     */
    public List<Integer> workingDaysLeft(List<CaseDetails> cases) {
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate today = dates.today();
        return cases.stream().map(c -> deadlines.workingDaysLeft(c.responseDueOn(), calendar, today)).toList();
    }

    /** One page of summaries and the count of all. */
    public record Page(List<CaseDetails> items, long total) {
    }

    public Page list(String agency, CaseStatus status, Boolean overdue, LocalDate receivedFrom, LocalDate receivedTo,
            PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        String scope = user.agencyScope();
        if (scope != null && agency != null && !agency.equals(scope)) {
            throw Refusal.of(CaseRefusal.OTHER_AGENCY);
        }
        String agencyFilter = scope != null ? scope : agency;
        if (agencyFilter != null) {
            where.append(" and agencyCode = :agency");
            params.put("agency", agencyFilter);
        }
        if (user.departmentScope() != null) {
            where.append(" and departmentId = :department");
            params.put("department", user.departmentScope());
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (overdue != null) {
            where.append(overdue ? " and " + DisclosureCase.OVERDUE
                    : " and not (responseDueOn is not null and " + DisclosureCase.OVERDUE + ")");
            params.put("running", ResponseClock.RUNNING);
            params.put("today", dates.today());
        }
        if (receivedFrom != null) {
            where.append(" and receivedOn >= :from");
            params.put("from", dates.within("receivedFrom", receivedFrom));
        }
        if (receivedTo != null) {
            where.append(" and receivedOn <= :to");
            params.put("to", dates.within("receivedTo", receivedTo));
        }
        return page(DisclosureCase.find(where + " order by receivedOn desc, trackingNumber desc", params), page);
    }

    /**
     * The open cases of the user's department (a handler's work), soonest due first; cases without a
     * due date (paused, awaiting correction) last. Answered from the partial index of open cases by
     * department (V4).
     */
    public Page queue(PageRequest page) {
        StringBuilder where = new StringBuilder("status <> cn.gov.disclosure.cases.CaseStatus.CLOSED");
        Map<String, Object> params = new HashMap<>();
        if (user.agencyScope() != null) {
            where.append(" and agencyCode = :agency");
            params.put("agency", user.agencyScope());
        }
        if (user.departmentScope() != null) {
            where.append(" and departmentId = :department");
            params.put("department", user.departmentScope());
        } else {
            where.append(" and departmentId is not null");
        }
        return page(DisclosureCase.find(where + " order by responseDueOn asc nulls last, receivedOn, trackingNumber",
                params), page);
    }

    /**
     * The summaries of one page and the count of all. Panache's own paging multiplies page by size
     * in an int; the offset here is a long, and {@link PageRequest#MAX_OFFSET} keeps it within the
     * int the query takes. The page's departments are read in one query, not one per case.
     */
    private Page page(PanacheQuery<DisclosureCase> query, PageRequest page) {
        int first = Math.toIntExact(page.offset());
        List<DisclosureCase> cases = query.range(first, first + page.size() - 1).list();
        Map<Long, CaseDetails.Department> departments = departmentsOf(cases);
        return new Page(cases.stream().map(c -> details(c, departments.get(c.departmentId),
                new CaseDetails.Applicant(c.applicantType, c.applicantName, null, null, null, null), null)).toList(),
                query.count());
    }

    private static Map<Long, CaseDetails.Department> departmentsOf(List<DisclosureCase> cases) {
        List<Long> ids = cases.stream().map(c -> c.departmentId).filter(Objects::nonNull).distinct().toList();
        // A HashMap, which answers null for the null id of a case not yet accepted.
        return ids.isEmpty() ? new HashMap<>()
                : Department.<Department> list("id in ?1", ids).stream().collect(Collectors.toMap(d -> d.id,
                        d -> new CaseDetails.Department(d.code, d.name), (a, b) -> a, HashMap::new));
    }

    private CaseDetails details(DisclosureCase c, CaseDetails.Department department, CaseDetails.Applicant applicant,
            List<CaseDetails.Event> events) {
        return new CaseDetails(c.id, c.trackingNumber, c.agencyCode, applicant, c.channel, c.receivedOn,
                c.submittedOn, c.description, c.deliveryForm, department, c.status, c.responseDueOn, c.clock,
                c.isOverdue(dates.today()), c.deadlineProblem, c.extended,
                c.correctionRequested ? new CaseDetails.Correction(c.correctionDueOn, c.corrected) : null,
                c.feeMethod == null ? null : new CaseDetails.Fee(c.feeMethod, c.feeAmount, c.feeBasis, c.feeDueOn),
                c.outcome, c.closedOn, c.createdBy, events, allowedActions(c));
    }

    private boolean visible(DisclosureCase c) {
        String scope = user.agencyScope();
        Long department = user.departmentScope();
        return (scope == null || scope.equals(c.agencyCode))
                && (department == null || department.equals(c.departmentId));
    }
}
