package cn.gov.disclosure.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import cn.gov.disclosure.cases.CaseStatus;
import cn.gov.disclosure.cases.FeeMethod;
import cn.gov.disclosure.cases.Outcome;
import cn.gov.disclosure.common.Wording;
import cn.gov.disclosure.ledger.LedgerLayout.Column;

/**
 * The rules a case worked in the service keeps, asked of one ledger row: steps in their order and
 * after the receipt, each step only where the case could take it, a lapse only after its period,
 * {@code UNAVAILABLE_STILL_UNCLEAR} only after a correction. Also where an open row stands now.
 */
final class LedgerChecks {

    /** The periods of a row as the service counts them: given in the row, else the configured ones. */
    record Periods(LocalDate correctionDueOn, LocalDate consultationEndsOn, LocalDate feeDueOn) {
    }

    private final LedgerEntry e;
    private final Periods periods;
    private final LocalDate earliest;
    private final LocalDate today;
    private final List<Problem> problems = new ArrayList<>();

    /** A refused cell (or row: no column), worded from the bundle's {@code Ledger.} texts. */
    record Problem(Column column, String message) {
    }

    private LedgerChecks(LedgerEntry e, Periods periods, LocalDate earliest, LocalDate today) {
        this.e = e;
        this.periods = periods;
        this.earliest = earliest;
        this.today = today;
    }

    /** What is wrong with the row; nothing for a row the service could have recorded step by step. */
    static List<Problem> of(LedgerEntry e, Periods periods, LocalDate earliest, LocalDate today,
            boolean departmentKnown) {
        LedgerChecks checks = new LedgerChecks(e, periods, earliest, today);
        checks.check(departmentKnown);
        return List.copyOf(checks.problems);
    }

    private void refuse(Column column, String key, Object... args) {
        problems.add(new Problem(column, Wording.chinese("Ledger." + key, args)));
    }

    private void check(boolean departmentKnown) {
        for (Column column : List.of(Column.RECEIVED_ON, Column.ACCEPTED_ON, Column.CORRECTION_REQUESTED_ON,
                Column.CORRECTED_ON, Column.CONSULTED_ON, Column.CONSULTATION_REPLIED_ON, Column.EXTENDED_ON,
                Column.FEE_NOTIFIED_ON, Column.FEE_PAID_ON, Column.CLOSED_ON)) {
            LocalDate day = date(column);
            if (day != null && (day.isBefore(earliest) || day.isAfter(today))) {
                refuse(column, "OUTSIDE_WINDOW", "earliest", earliest, "today", today);
            }
        }
        if ((e.department() == null) != (e.acceptedOn() == null)) {
            refuse(e.department() == null ? Column.DEPARTMENT : Column.ACCEPTED_ON, "ACCEPTANCE_PAIR");
        } else if (e.department() != null && !departmentKnown) {
            refuse(Column.DEPARTMENT, "UNKNOWN_DEPARTMENT", "department", e.department());
        }
        notBefore(Column.ACCEPTED_ON, Column.RECEIVED_ON);
        correction();
        after(Column.CONSULTED_ON, Column.ACCEPTED_ON);
        requires(Column.CONSULTATION_REPLIED_ON, Column.CONSULTED_ON);
        notBefore(Column.CONSULTATION_REPLIED_ON, Column.CONSULTED_ON);
        after(Column.EXTENDED_ON, Column.ACCEPTED_ON);
        fee();
        closing();
    }

    private void correction() {
        requires(Column.CORRECTION_DUE_ON, Column.CORRECTION_REQUESTED_ON);
        requires(Column.CORRECTED_ON, Column.CORRECTION_REQUESTED_ON);
        if (e.correctionRequestedOn() == null) {
            return;
        }
        notBefore(Column.CORRECTION_REQUESTED_ON, Column.RECEIVED_ON);
        if (periods.correctionDueOn() != null && !periods.correctionDueOn().isAfter(e.correctionRequestedOn())) {
            refuse(Column.CORRECTION_DUE_ON, "DUE_NOT_AFTER_REQUEST");
        }
        notBefore(Column.CORRECTED_ON, Column.CORRECTION_REQUESTED_ON);
        if (e.correctedOn() != null && periods.correctionDueOn() != null
                && e.correctedOn().isAfter(periods.correctionDueOn())) {
            refuse(Column.CORRECTED_ON, "CORRECTED_AFTER_PERIOD", "dueOn", periods.correctionDueOn());
        }
        if (!inHandling() && e.acceptedOn() != null && (e.correctedOn() == null
                || e.acceptedOn().isBefore(e.correctedOn()))) {
            // Asked on receipt: the application goes to a department only once it is complete.
            refuse(Column.ACCEPTED_ON, "ACCEPTED_BEFORE_CORRECTION");
        }
    }

    /** A correction asked for while a department handled the case, rather than on receipt. */
    boolean inHandling() {
        return e.acceptedOn() != null && e.correctionRequestedOn() != null
                && e.correctionRequestedOn().isAfter(e.acceptedOn());
    }

    private void fee() {
        for (Column column : List.of(Column.FEE_METHOD, Column.FEE_PAGES, Column.FEE_PAID_ON)) {
            requires(column, Column.FEE_NOTIFIED_ON);
        }
        if (e.feeNotifiedOn() == null) {
            return;
        }
        after(Column.FEE_NOTIFIED_ON, Column.ACCEPTED_ON);
        if (e.feeMethod() == null) {
            refuse(Column.FEE_METHOD, "REQUIRED_WITH", "with", Column.FEE_NOTIFIED_ON.header);
        } else if (e.feeMethod() == FeeMethod.PER_VOLUME && e.feePages() == null) {
            refuse(Column.FEE_PAGES, "PAGES_REQUIRED");
        }
        notBefore(Column.FEE_PAID_ON, Column.FEE_NOTIFIED_ON);
        if (e.feePaidOn() != null && periods.feeDueOn() != null && e.feePaidOn().isAfter(periods.feeDueOn())) {
            refuse(Column.FEE_PAID_ON, "PAID_AFTER_PERIOD", "dueOn", periods.feeDueOn());
        }
    }

    private void closing() {
        if ((e.closedOn() == null) != (e.outcome() == null)) {
            refuse(e.closedOn() == null ? Column.CLOSED_ON : Column.OUTCOME, "CLOSING_PAIR");
            return;
        }
        if (e.closedOn() == null) {
            if (pending(e, periods, today).size() > 1) {
                refuse(null, "TWO_PENDING");
            }
            return;
        }
        for (Column column : List.of(Column.RECEIVED_ON, Column.ACCEPTED_ON, Column.CORRECTION_REQUESTED_ON,
                Column.CORRECTED_ON, Column.CONSULTED_ON, Column.CONSULTATION_REPLIED_ON, Column.EXTENDED_ON,
                Column.FEE_NOTIFIED_ON, Column.FEE_PAID_ON)) {
            notBefore(Column.CLOSED_ON, column);
        }
        Outcome outcome = e.outcome();
        boolean awaitingCorrection = e.correctionRequestedOn() != null && e.correctedOn() == null;
        boolean awaitingFee = e.feeNotifiedOn() != null && e.feePaidOn() == null;
        if (outcome == Outcome.OTHER_NO_CORRECTION) {
            if (!awaitingCorrection || !e.closedOn().isAfter(periods.correctionDueOn())) {
                refuse(Column.OUTCOME, "LAPSE_NOT_DUE", "period", Column.CORRECTION_DUE_ON.header);
            }
        } else if (outcome == Outcome.OTHER_FEE_UNPAID) {
            if (!awaitingFee || !e.closedOn().isAfter(periods.feeDueOn())) {
                refuse(Column.OUTCOME, "LAPSE_NOT_DUE", "period", Column.FEE_NOTIFIED_ON.header);
            }
        } else if (outcome != Outcome.OTHER) {
            // An answer is given by the department, to a complete application whose fee, if any, is paid.
            if (e.acceptedOn() == null) {
                refuse(Column.OUTCOME, "DECIDED_UNACCEPTED");
            } else if (awaitingCorrection || awaitingFee) {
                refuse(Column.OUTCOME, "DECIDED_WHILE_WAITING");
            }
            if (outcome == Outcome.UNAVAILABLE_STILL_UNCLEAR && e.correctedOn() == null) {
                refuse(Column.OUTCOME, "STILL_UNCLEAR_WITHOUT_CORRECTION");
            }
        }
    }

    /** The waits an open row is in: for a correction, a third party's reply, a payment. */
    private static List<CaseStatus> pending(LedgerEntry e, Periods periods, LocalDate today) {
        List<CaseStatus> waits = new ArrayList<>();
        if (e.correctionRequestedOn() != null && e.correctedOn() == null) {
            waits.add(CaseStatus.CORRECTION_REQUESTED);
        }
        if (e.consultedOn() != null && e.consultationRepliedOn() == null && periods.consultationEndsOn() != null
                && !periods.consultationEndsOn().isBefore(today)) {
            waits.add(CaseStatus.THIRD_PARTY_CONSULTATION);
        }
        if (e.feeNotifiedOn() != null && e.feePaidOn() == null) {
            waits.add(CaseStatus.AWAITING_FEE);
        }
        return waits;
    }

    /** Where an open row that passed the checks stands: its one wait, else with its department, else on receipt. */
    static CaseStatus standing(LedgerEntry e, Periods periods, LocalDate today) {
        List<CaseStatus> waits = pending(e, periods, today);
        if (!waits.isEmpty()) {
            return waits.get(0);
        }
        return e.acceptedOn() != null ? CaseStatus.IN_PROGRESS : CaseStatus.RECEIVED;
    }

    private void requires(Column column, Column needed) {
        if (date(column) != null || column == Column.FEE_METHOD && e.feeMethod() != null
                || column == Column.FEE_PAGES && e.feePages() != null) {
            if (date(needed) == null) {
                refuse(column, "REQUIRES", "needed", needed.header);
            }
        }
    }

    /** {@code column}'s day is not before {@code earlier}'s, where both are given. */
    private void notBefore(Column column, Column earlier) {
        LocalDate day = date(column);
        LocalDate before = date(earlier);
        if (day != null && before != null && day.isBefore(before)) {
            refuse(column, "BEFORE", "earlier", earlier.header, "day", before);
        }
    }

    /** A step a department takes: given only once the case was accepted, and not before. */
    private void after(Column column, Column acceptance) {
        if (date(column) != null && e.acceptedOn() == null) {
            refuse(column, "REQUIRES", "needed", acceptance.header);
        }
        notBefore(column, acceptance);
    }

    private static final java.util.Map<Column, Function<LedgerEntry, LocalDate>> DATES = java.util.Map.ofEntries(
            java.util.Map.entry(Column.RECEIVED_ON, LedgerEntry::receivedOn),
            java.util.Map.entry(Column.ACCEPTED_ON, LedgerEntry::acceptedOn),
            java.util.Map.entry(Column.CORRECTION_REQUESTED_ON, LedgerEntry::correctionRequestedOn),
            java.util.Map.entry(Column.CORRECTION_DUE_ON, LedgerEntry::correctionDueOn),
            java.util.Map.entry(Column.CORRECTED_ON, LedgerEntry::correctedOn),
            java.util.Map.entry(Column.CONSULTED_ON, LedgerEntry::consultedOn),
            java.util.Map.entry(Column.CONSULTATION_REPLIED_ON, LedgerEntry::consultationRepliedOn),
            java.util.Map.entry(Column.EXTENDED_ON, LedgerEntry::extendedOn),
            java.util.Map.entry(Column.FEE_NOTIFIED_ON, LedgerEntry::feeNotifiedOn),
            java.util.Map.entry(Column.FEE_PAID_ON, LedgerEntry::feePaidOn),
            java.util.Map.entry(Column.CLOSED_ON, LedgerEntry::closedOn));

    private LocalDate date(Column column) {
        Function<LedgerEntry, LocalDate> read = DATES.get(column);
        return read == null ? null : read.apply(e);
    }
}
