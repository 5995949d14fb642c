package cn.gov.disclosure.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.disclosure.agency.AgencyService;
import cn.gov.disclosure.cases.CaseEvent;
import cn.gov.disclosure.cases.CaseHistory;
import cn.gov.disclosure.cases.DisclosureCase;
import cn.gov.disclosure.cases.FeeMethod;
import cn.gov.disclosure.common.QueryParams;
import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.ledger.LedgerLayout.Column;
import cn.gov.disclosure.review.Review;
import cn.gov.disclosure.security.CurrentUser;

/**
 * Writes an agency's cases as its ledger, in the layout the import reads: each case's steps from
 * its history as it counts (a revoked lapse left out), so that a ledger exported from one agency
 * imports into another as the same cases.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LedgerExport {

    /** The file and the name it is saved under. */
    public record Exported(String name, byte[] content) {
    }

    /** Case ids asked for in one statement. */
    private static final int IDS_PER_QUERY = 10_000;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    AgencyService agencies;

    /** The workbook of the cases received in, closed in or open during {@code year}, with their reviews. */
    public Exported xlsx(String agencyCode, String yearAsked) {
        String agency = scope(agencyCode);
        int year = year(yearAsked);
        List<DisclosureCase> cases = casesOf(agency, year);
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put(LedgerLayout.APPLICATIONS, applicationRows(cases));
        sheets.put(LedgerLayout.REVIEWS, reviewRows(cases));
        return new Exported(name(agency, year, "xlsx"), LedgerFiles.xlsx(sheets, null));
    }

    /** The same cases as CSV, sheet 申请 alone. */
    public Exported csv(String agencyCode, String yearAsked) {
        String agency = scope(agencyCode);
        int year = year(yearAsked);
        return new Exported(name(agency, year, "csv"), LedgerFiles.csv(applicationRows(casesOf(agency, year))));
    }

    /** An empty ledger with a sheet that says what each column takes. */
    public static byte[] template() {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put(LedgerLayout.APPLICATIONS, List.of(headers(LedgerLayout.APPLICATIONS)));
        sheets.put(LedgerLayout.REVIEWS, List.of(headers(LedgerLayout.REVIEWS)));
        List<List<String>> instructions = new ArrayList<>();
        instructions.add(List.of("工作表", "列", "是否必填", "填写说明"));
        for (Column c : Column.values()) {
            instructions.add(List.of(c.sheet, c.header, c.required ? "必填" : "选填", c.hint == null ? "" : c.hint));
        }
        return LedgerFiles.xlsx(sheets, instructions);
    }

    /** Cases an agency holds as the import compares a ledger with them: each by its number, as its row. */
    record Held(Map<String, LedgerEntry> entries, Set<LedgerReview> reviews) {
    }

    /** Each of the agency's cases by its number in a ledger: what an import finds a row's case by. */
    Map<String, UUID> numbers(String agency) {
        Map<String, UUID> ids = new HashMap<>();
        em.createQuery("select coalesce(c.ledgerNumber, c.trackingNumber), c.id from DisclosureCase c"
                + " where c.agencyCode = ?1", Object[].class).setParameter(1, agency).getResultStream()
                .forEach(found -> ids.putIfAbsent((String) found[0], (UUID) found[1]));
        return ids;
    }

    /**
     * The cases {@code ids} (as many as a statement takes) and their reviews, as ledger rows. Found by
     * their keys: a query by the agency would walk its cases where an import has just added many.
     */
    Held held(String agency, Collection<UUID> ids) {
        List<DisclosureCase> cases = ids.isEmpty() ? List.of() : DisclosureCase.list("id in ?1", ids);
        if (cases.isEmpty()) {
            return new Held(Map.of(), Set.of());
        }
        Map<UUID, List<CaseEvent>> histories = histories(cases);
        Map<String, LedgerEntry> entries = new HashMap<>();
        Map<UUID, String> numbers = new HashMap<>();
        for (DisclosureCase c : cases) {
            entries.put(number(c), entry(c, histories.getOrDefault(c.id, List.of())));
            numbers.put(c.id, number(c));
        }
        Set<LedgerReview> reviews = Review.<Review> list("agencyCode = ?1 and caseId in ?2", agency, ids).stream()
                .map(r -> review(r, numbers.get(r.caseId))).collect(Collectors.toSet());
        return new Held(entries, reviews);
    }

    private String scope(String agencyCode) {
        String agency = user.requireAgency(agencyCode);
        agencies.requireAgency("agency", agency);
        return agency;
    }

    /** The year asked for, as a query parameter or an address gives it: required, from 2000 to 9999. */
    private static int year(String year) {
        int asked = QueryParams.integer("year", year, 0, 2000, 9999);
        if (asked == 0) {
            throw Refusal.ofField("year", LedgerRefusal.YEAR_OUT_OF_RANGE);
        }
        return asked;
    }

    private static List<DisclosureCase> casesOf(String agency, int year) {
        return DisclosureCase.list("agencyCode = ?1 and receivedOn <= ?2 and (closedOn is null or closedOn >= ?3)"
                + " order by receivedOn, createdAt", agency, LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1));
    }

    private static String name(String agency, int year, String extension) {
        return "台账 " + agency + " " + year + "." + extension;
    }

    private static List<String> headers(String sheet) {
        return Column.of(sheet).stream().map(c -> c.header).toList();
    }

    private List<List<String>> applicationRows(List<DisclosureCase> cases) {
        Map<UUID, List<CaseEvent>> histories = histories(cases);
        List<List<String>> rows = new ArrayList<>();
        rows.add(headers(LedgerLayout.APPLICATIONS));
        for (DisclosureCase c : cases) {
            LedgerEntry e = entry(c, histories.getOrDefault(c.id, List.of()));
            rows.add(List.of(e.number(), LedgerLayout.APPLICANT_TYPES.write(e.applicantType()), e.applicantName(),
                    text(e.idNumber()), text(e.phone()), text(e.email()), text(e.address()),
                    LedgerLayout.CHANNELS.write(e.channel()), text(e.receivedOn()), e.description(),
                    e.deliveryForm() == null ? "" : LedgerLayout.DELIVERY_FORMS.write(e.deliveryForm()),
                    text(e.department()), text(e.acceptedOn()), text(e.correctionRequestedOn()),
                    text(e.correctionDueOn()), text(e.correctedOn()), text(e.consultedOn()),
                    text(e.consultationRepliedOn()), text(e.extendedOn()), text(e.feeNotifiedOn()),
                    e.feeMethod() == null ? "" : LedgerLayout.FEE_METHODS.write(e.feeMethod()),
                    e.feePages() == null ? "" : e.feePages().toString(), text(e.feePaidOn()), text(e.closedOn()),
                    e.outcome() == null ? "" : LedgerLayout.OUTCOMES.write(e.outcome())));
        }
        return rows;
    }

    private List<List<String>> reviewRows(List<DisclosureCase> cases) {
        Map<UUID, String> numbers = cases.stream().collect(Collectors.toMap(c -> c.id, LedgerExport::number));
        List<List<String>> rows = new ArrayList<>();
        rows.add(headers(LedgerLayout.REVIEWS));
        if (!numbers.isEmpty()) {
            List<Review> reviews = new ArrayList<>(inChunks(List.copyOf(numbers.keySet()),
                    ids -> Review.<Review> list("caseId in ?1", ids)));
            reviews.sort(Comparator.comparing((Review r) -> r.filedOn).thenComparing(r -> r.id));
            for (Review r : reviews) {
                LedgerReview review = review(r, numbers.get(r.caseId));
                rows.add(List.of(review.number(), LedgerLayout.REVIEW_KINDS.write(review.kind()),
                        review.kind() == Review.Kind.LITIGATION
                                ? (review.afterReconsideration() ? LedgerLayout.YES : LedgerLayout.NO) : "",
                        text(review.filedOn()),
                        review.result() == null ? "" : LedgerLayout.REVIEW_RESULTS.write(review.result()),
                        text(review.concludedOn())));
            }
        }
        return rows;
    }

    private static LedgerReview review(Review r, String number) {
        return new LedgerReview(number, r.kind, r.afterReconsideration, r.filedOn, r.result, r.concludedOn);
    }

    private static Map<UUID, List<CaseEvent>> histories(List<DisclosureCase> cases) {
        Map<UUID, List<CaseEvent>> histories = new HashMap<>();
        // In the order of the index by case: in the order of ids alone, the database walks the whole history.
        inChunks(cases.stream().map(c -> c.id).toList(),
                ids -> CaseEvent.<CaseEvent> list("caseId in ?1 order by caseId, id", ids))
                .forEach(e -> histories.computeIfAbsent(e.caseId, id -> new ArrayList<>()).add(e));
        return histories;
    }

    /** What {@code query} finds for all {@code ids}, a chunk at a time: a statement takes 65,535 parameters at most. */
    private static <T> List<T> inChunks(List<UUID> ids, Function<List<UUID>, List<T>> query) {
        List<T> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            found.addAll(query.apply(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))));
        }
        return found;
    }

    /** The case's number in a ledger: the office's own where it was taken over, else its tracking number. */
    private static String number(DisclosureCase c) {
        return c.ledgerNumber != null ? c.ledgerNumber : c.trackingNumber;
    }

    /** The case as a ledger row: its steps' days from the history as it counts. */
    private static LedgerEntry entry(DisclosureCase c, List<CaseEvent> history) {
        Map<String, Object> seen = new HashMap<>();
        for (CaseEvent e : CaseHistory.effective(history)) {
            switch (e.type) {
                case ACCEPTED -> {
                    seen.put("acceptedOn", e.on);
                    seen.put("department", e.details.get("department"));
                }
                case CORRECTION_REQUESTED -> {
                    seen.put("correctionRequestedOn", e.on);
                    seen.put("correctionDueOn", LocalDate.parse((String) e.details.get("dueOn")));
                }
                case CORRECTED -> seen.put("correctedOn", e.on);
                case THIRD_PARTY_CONSULTATION_STARTED -> seen.put("consultedOn", e.on);
                case THIRD_PARTY_REPLIED -> seen.put("consultationRepliedOn", e.on);
                case EXTENDED -> seen.put("extendedOn", e.on);
                case FEE_NOTIFIED -> {
                    seen.put("feeNotifiedOn", e.on);
                    seen.put("feeMethod", FeeMethod.valueOf((String) e.details.get("method")));
                    if (e.details.get("pages") instanceof Number pages) {
                        seen.put("feePages", pages.intValue());
                    }
                }
                case FEE_PAID -> seen.put("feePaidOn", e.on);
                default -> {
                }
            }
        }
        return new LedgerEntry(number(c), c.applicantType, c.applicantName, c.applicantIdNumber, c.applicantPhone,
                c.applicantEmail, c.applicantAddress, c.channel, c.receivedOn, c.description, c.deliveryForm,
                (String) seen.get("department"), (LocalDate) seen.get("acceptedOn"),
                (LocalDate) seen.get("correctionRequestedOn"), (LocalDate) seen.get("correctionDueOn"),
                (LocalDate) seen.get("correctedOn"), (LocalDate) seen.get("consultedOn"),
                (LocalDate) seen.get("consultationRepliedOn"), (LocalDate) seen.get("extendedOn"),
                (LocalDate) seen.get("feeNotifiedOn"), (FeeMethod) seen.get("feeMethod"),
                (Integer) seen.get("feePages"), (LocalDate) seen.get("feePaidOn"), c.closedOn, c.outcome);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
