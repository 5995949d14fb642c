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
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import cn.gov.disclosure.agency.Department;
import cn.gov.disclosure.calendar.CalendarService;
import cn.gov.disclosure.calendar.WorkingDayCalendar;
import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.common.ListWindow;
import cn.gov.disclosure.common.PageKey;
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
        Filter filter = listFilter(agency, status, overdue, receivedFrom, receivedTo);
        return page(DisclosureCase.find(filter.where() + LIST_ORDER, filter.params()), page);
    }

    private static final String LIST_ORDER = " order by receivedOn desc, trackingNumber desc";

    /** The web list's key: a row's receipt date (none yet for an online submission) and tracking number. */
    public static final PageKey.Shape<CaseDetails> LIST_KEY = new PageKey.Shape<>(2,
            c -> PageKey.of(c.receivedOn(), c.trackingNumber()));

    /** The queue's key: a row's due date (none while paused), receipt date and tracking number. */
    public static final PageKey.Shape<CaseDetails> QUEUE_KEY = new PageKey.Shape<>(3,
            c -> PageKey.of(c.responseDueOn(), c.receivedOn(), c.trackingNumber()));

    /**
     * The web application's list: as {@link #list}, the rows after the window's key
     * ({@link #LIST_KEY}; online submissions, with no receipt date, come first).
     */
    public ListWindow.Slice<CaseDetails> list(CaseStatus status, ListWindow window) {
        PageKey after = window.after();
        Map<String, Object> params = new HashMap<>();
        String from = "";
        if (after != null) {
            params.put("afterNumber", after.text(1));
            LocalDate received = after.date(0);
            if (received == null) {
                from = " and (receivedOn is not null or trackingNumber < :afterNumber)";
            } else {
                from = " and receivedOn <= :afterReceived and (receivedOn < :afterReceived"
                        + " or trackingNumber < :afterNumber)";
                params.put("afterReceived", received);
            }
        }
        return slice(listFilter(null, status, null, null, null), new Filter(from, params), LIST_ORDER, window);
    }

    /** A list's where clause and its parameters. */
    private record Filter(String where, Map<String, Object> params) {
    }

    private Filter listFilter(String agency, CaseStatus status, Boolean overdue, LocalDate receivedFrom,
            LocalDate receivedTo) {
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
        return new Filter(where.toString(), params);
    }

    /**
     * The open cases of the user's department (a handler's work), soonest due first; cases without a
     * due date (paused, awaiting correction) last. Answered from the partial index of open cases by
     * department (V4). The window's key is {@link #QUEUE_KEY}.
     */
    public ListWindow.Slice<CaseDetails> queue(ListWindow window) {
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
        PageKey after = window.after();
        Map<String, Object> keyParams = new HashMap<>();
        String from = "";
        if (after != null) {
            // Within one due date (or among the paused), by receipt date and tracking number.
            String sameDue = "(receivedOn > :afterReceived or (receivedOn = :afterReceived"
                    + " and trackingNumber > :afterNumber))";
            LocalDate due = after.date(0);
            if (due == null) {
                from = " and responseDueOn is null and " + sameDue;
            } else {
                from = " and (responseDueOn > :afterDue or responseDueOn is null or (responseDueOn = :afterDue and "
                        + sameDue + "))";
                keyParams.put("afterDue", due);
            }
            keyParams.put("afterReceived", after.date(1));
            keyParams.put("afterNumber", after.text(2));
        }
        return slice(new Filter(where.toString(), params), new Filter(from, keyParams),
                " order by responseDueOn asc nulls last, receivedOn, trackingNumber", window);
    }

    /**
     * The summaries of a window, read with one row more (whether more follow), and the list's count
     * up to one row beyond the window's; the count leaves out the key's condition, {@code after}.
     */
    private ListWindow.Slice<CaseDetails> slice(Filter filter, Filter after, String order, ListWindow window) {
        Map<String, Object> params = new HashMap<>(filter.params());
        params.putAll(after.params());
        int first = Math.toIntExact(window.offset());
        List<DisclosureCase> cases = DisclosureCase.<DisclosureCase> find(filter.where() + after.where() + order,
                params).range(first, first + window.size()).list();
        TypedQuery<UUID> ids = em.createQuery("select id from DisclosureCase where " + filter.where(), UUID.class);
        filter.params().forEach(ids::setParameter);
        long counted = ids.setMaxResults((int) Math.min(window.countLimit(), Integer.MAX_VALUE)).getResultList().size();
        return window.slice(summaries(cases), counted);
    }

    /**
     * The summaries of one page and the count of all. Panache's own paging multiplies page by size
     * in an int; the offset here is a long, and {@link PageRequest#MAX_OFFSET} keeps it within the
     * int the query takes. The page's departments are read in one query, not one per case.
     */
    private Page page(PanacheQuery<DisclosureCase> query, PageRequest page) {
        int first = Math.toIntExact(page.offset());
        List<DisclosureCase> cases = query.range(first, first + page.size() - 1).list();
        return new Page(summaries(cases), query.count());
    }

    /** The cases as list items; their departments are read in one query, not one per case. */
    private List<CaseDetails> summaries(List<DisclosureCase> cases) {
        Map<Long, CaseDetails.Department> departments = departmentsOf(cases);
        return cases.stream().map(c -> details(c, departments.get(c.departmentId),
                new CaseDetails.Applicant(c.applicantType, c.applicantName, null, null, null, null), null)).toList();
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
