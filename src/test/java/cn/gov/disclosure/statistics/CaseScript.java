package cn.gov.disclosure.statistics;

import static cn.gov.disclosure.support.Api.act;
import static cn.gov.disclosure.support.Api.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;

/**
 * Drives cases to the ends a year's table counts, through the public API, the way an office would
 * have keyed them in, and tallies what the table must then show.
 */
final class CaseScript {

    private final Office office;
    /** Expected figures of the year under test: row → column → count. */
    private final Map<String, Map<String, Integer>> expected = new HashMap<>();
    /** Expected figures of section 四: group → result (or PENDING) → count. */
    private final Map<String, Map<String, Integer>> expectedReviews = new HashMap<>();
    private final int year;

    CaseScript(Office office, int year) {
        this.office = office;
        this.year = year;
    }

    /** Registers and accepts a case; counts it as new or carried in when received by the year's end. */
    String open(String applicantType, LocalDate received) {
        String id = as(office.clerk()).body(Api.application(applicantType, null, received.toString()))
                .post("/api/applications").then().statusCode(201).extract().path("id");
        act(office.clerk(), id, "acceptance", Map.of("on", received.toString(), "department", office.department()))
                .statusCode(200);
        if (received.getYear() == year) {
            expect(TableLayout.NEW, applicantType);
        } else if (received.getYear() < year) {
            expect(TableLayout.CARRIED_IN, applicantType);
        }
        return id;
    }

    /** A case that stays open past the year: 结转下年度. */
    String carriedOut(String applicantType, LocalDate received) {
        String id = open(applicantType, received);
        expect(TableLayout.CARRIED_OUT, applicantType);
        return id;
    }

    /**
     * A case brought to {@code outcome} by the path that outcome really takes: a lapse by its timer,
     * OTHER by withdrawal, third-party rights after a consultation whose period ran out, still-unclear after a correction.
     * Every step falls within five weeks of {@code received}.
     */
    String closed(String applicantType, LocalDate received, String outcome) {
        String id = open(applicantType, received);
        String on = received.plusDays(14).toString();
        switch (outcome) {
            case "OTHER_NO_CORRECTION" -> {
                act(office.clerk(), id, "correction-request", Map.of("on", received.plusDays(1).toString(),
                        "items", List.of("所需信息的名称"), "dueOn", received.plusDays(10).toString())).statusCode(200);
                Api.awaitStatus(id, "CLOSED");
            }
            case "OTHER_FEE_UNPAID" -> {
                act(office.office(), id, "fee-notice", Map.of("on", received.plusDays(1).toString(),
                        "method", "PER_VOLUME", "pages", 120)).statusCode(200);
                Api.awaitStatus(id, "CLOSED");
            }
            case "OTHER" -> act(office.clerk(), id, "withdrawal", Map.of("on", on)).statusCode(200);
            case "WITHHELD_THIRD_PARTY_RIGHTS" -> {
                act(office.handler(), id, "third-party-consultation",
                        Map.of("on", received.plusDays(2).toString(), "party", "某公司")).statusCode(200);
                // Keyed in afterwards, the 15 working days have passed: the case is back with the department.
                Api.awaitStatus(id, "IN_PROGRESS");
                decide(id, received.plusDays(30).toString(), outcome);
            }
            case "UNAVAILABLE_STILL_UNCLEAR" -> {
                // A period already over when keyed in lapses at once (CONTRACT.md): this one is still open.
                act(office.clerk(), id, "correction-request", Map.of("on", received.plusDays(1).toString(),
                        "items", List.of("所需信息的名称"), "dueOn", Api.openPeriodEnd())).statusCode(200);
                act(office.clerk(), id, "correction", Map.of("on", received.plusDays(5).toString())).statusCode(200);
                decide(id, on, outcome);
            }
            default -> decide(id, on, outcome);
        }
        expect(outcome, applicantType);
        return id;
    }

    private void decide(String id, String on, String outcome) {
        act(office.handler(), id, "decision", Map.of("on", on, "outcome", outcome)).statusCode(200);
    }

    /** Decides a case {@link #carriedOut} left open, within the year: it leaves 结转下年度 for its outcome. */
    void decided(String id, String applicantType, LocalDate on, String outcome) {
        decide(id, on.toString(), outcome);
        moved(TableLayout.CARRIED_OUT, outcome, applicantType);
    }

    /** Corrects a closed case's outcome: it moves from one outcome row to the other. */
    void corrected(String id, String applicantType, String from, String to) {
        act(office.office(), id, "outcome-correction", Map.of("outcome", to, "reason", "原登记的结果有误"))
                .statusCode(200);
        moved(from, to, applicantType);
    }

    private void moved(String from, String to, String column) {
        expected.get(from).merge(column, -1, Integer::sum);
        expect(to, column);
    }

    /**
     * Files a review of a case and, when {@code concludedOn} is given, records its result. Counted in
     * the year if filed by its end and not concluded before it began; as its result if concluded
     * within the year, else as pending. Answers the review's id.
     */
    int review(String caseId, String kind, boolean afterReconsideration, LocalDate filedOn, String result,
            LocalDate concludedOn) {
        if (filedOn.getYear() <= year && (concludedOn == null || concludedOn.getYear() >= year)) {
            expectedReviews.computeIfAbsent(reviewRow(kind, afterReconsideration), r -> new HashMap<>()).merge(
                    concludedOn != null && concludedOn.getYear() == year ? result : TableLayout.PENDING, 1, Integer::sum);
        }
        Integer id = as(office.office()).body(Map.of("kind", kind, "filedOn", filedOn.toString(),
                "afterReconsideration", afterReconsideration))
                .post("/api/applications/" + caseId + "/reviews").then().statusCode(201).extract().path("id");
        if (concludedOn != null) {
            conclude(id, result, concludedOn);
        }
        return id;
    }

    /** Records the result of a review filed in the year and pending, within the year. */
    void concluded(int id, String kind, boolean afterReconsideration, String result, LocalDate on) {
        conclude(id, result, on);
        Map<String, Integer> byResult = expectedReviews.get(reviewRow(kind, afterReconsideration));
        byResult.merge(TableLayout.PENDING, -1, Integer::sum);
        byResult.merge(result, 1, Integer::sum);
    }

    private void conclude(int id, String result, LocalDate on) {
        as(office.office()).body(Map.of("on", on.toString(), "result", result))
                .post("/api/reviews/" + id + "/result").then().statusCode(200);
    }

    private static String reviewRow(String kind, boolean afterReconsideration) {
        return kind.equals("RECONSIDERATION") ? TableLayout.RECONSIDERATION
                : afterReconsideration ? TableLayout.LITIGATION_AFTER_RECONSIDERATION : TableLayout.LITIGATION_DIRECT;
    }

    void expect(String row, String column) {
        expected.computeIfAbsent(row, r -> new HashMap<>()).merge(column, 1, Integer::sum);
    }

    /** Section 三 as the script's cases must give it, totals included, in the JSON's order. */
    Map<String, List<Integer>> expectedRows() {
        Map<String, List<Integer>> rows = new HashMap<>();
        for (String row : TableLayout.ROWS) {
            Map<String, Integer> byColumn = row.equals(TableLayout.TOTAL_CLOSED) ? closedByColumn()
                    : expected.getOrDefault(row, Map.of());
            List<Integer> figures = new ArrayList<>();
            int total = 0;
            for (String column : TableLayout.COLUMNS.subList(0, TableLayout.COLUMNS.size() - 1)) {
                int figure = byColumn.getOrDefault(column, 0);
                figures.add(figure);
                total += figure;
            }
            figures.add(total);
            rows.put(row, figures);
        }
        return rows;
    }

    /** One group of section 四 as the script's reviews must give it, 总计 last. */
    List<Integer> expectedReviews(String group) {
        Map<String, Integer> byColumn = expectedReviews.getOrDefault(group, Map.of());
        List<Integer> figures = new ArrayList<>();
        int total = 0;
        for (String column : TableLayout.REVIEW_COLUMNS.subList(0, TableLayout.REVIEW_COLUMNS.size() - 1)) {
            figures.add(byColumn.getOrDefault(column, 0));
            total += byColumn.getOrDefault(column, 0);
        }
        figures.add(total);
        return figures;
    }

    private Map<String, Integer> closedByColumn() {
        Map<String, Integer> closed = new HashMap<>();
        expected.forEach((row, byColumn) -> {
            if (TableLayout.isOutcomeRow(row)) {
                byColumn.forEach((column, count) -> closed.merge(column, count, Integer::sum));
            }
        });
        return closed;
    }
}
