package cn.gov.disclosure.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.disclosure.agency.Department;
import cn.gov.disclosure.cases.CaseAction.EventType;
import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.security.CurrentUser;

/**
 * Takes over the cases an office worked before it used the service (its ledger's rows, checked by
 * the caller): each case with its history, each entry dated by its step and marked as taken over,
 * and, while it is open, its process instance at the step it waits at. It issues no letters: those
 * went out on paper.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseTakeOver {

    /** A case as an office's ledger records it; {@code status} is where an open one stands now. */
    public record Taken(String ledgerNumber, ApplicantType applicantType, String applicantName,
            String idNumber, String phone, String email, String address, Channel channel, LocalDate receivedOn,
            String description, DeliveryForm deliveryForm, Department department, LocalDate acceptedOn,
            LocalDate correctionRequestedOn, LocalDate correctionDueOn, LocalDate correctedOn, LocalDate consultedOn,
            LocalDate consultationEndsOn, LocalDate consultationRepliedOn, LocalDate extendedOn,
            LocalDate feeNotifiedOn, FeeMethod feeMethod, Integer feePages, LocalDate feeDueOn, LocalDate feePaidOn,
            LocalDate closedOn, Outcome outcome, CaseStatus status, Map<String, Object> source) {
    }

    @Inject
    CaseRegistration registration;

    @Inject
    CaseHistory history;

    @Inject
    CaseWorkflow process;

    @Inject
    BusinessDates dates;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** One step of the history, in the order a case takes them where two fall on one day. */
    private record Step(LocalDate on, int order, EventType type, Map<String, Object> details) {
    }

    /**
     * Takes over an agency's cases in their order: their tracking numbers in that order, a block per
     * year, their rows and histories written together, then the instances of the open ones started.
     * Answers their ids, in the same order.
     */
    public List<UUID> take(String agency, List<Taken> cases) {
        Map<Integer, Iterator<String>> numbers = new TreeMap<>();
        cases.stream().collect(Collectors.groupingBy(t -> t.receivedOn().getYear(), TreeMap::new,
                Collectors.counting())).forEach((year, count) -> numbers.put(year,
                        registration.nextTrackingNumbers(agency, year, count.intValue()).iterator()));
        List<CaseHistory.Entry> entries = new ArrayList<>();
        List<DisclosureCase> open = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (Taken t : cases) {
            DisclosureCase c = taken(agency, t, numbers.get(t.receivedOn().getYear()).next());
            for (Step step : steps(t)) {
                Map<String, Object> details = new LinkedHashMap<>(step.details());
                details.put("takenOver", t.source());
                entries.add(history.entry(c, step.type(), step.on(), user.username(), details));
            }
            c.persist();
            ids.add(c.id);
            if (c.status != CaseStatus.CLOSED) {
                open.add(c);
            }
        }
        // Written before the instances start: each reports where it stands to its case row, in this transaction.
        history.appendAll(entries);
        open.forEach(c -> c.processInstanceId = start(c));
        return ids;
    }

    private DisclosureCase taken(String agency, Taken t, String trackingNumber) {
        DisclosureCase c = new DisclosureCase();
        c.id = UUID.randomUUID();
        c.agencyCode = agency;
        c.ledgerNumber = t.ledgerNumber();
        c.trackingNumber = trackingNumber;
        c.applicantType = t.applicantType();
        c.applicantName = t.applicantName();
        c.applicantIdNumber = t.idNumber();
        c.applicantPhone = t.phone();
        c.applicantEmail = t.email();
        c.applicantAddress = t.address();
        c.channel = t.channel();
        c.receivedOn = t.receivedOn();
        c.description = t.description();
        c.deliveryForm = t.deliveryForm();
        c.departmentId = t.department() == null ? null : t.department().id;
        c.correctionRequested = t.correctionRequestedOn() != null;
        c.correctionDueOn = t.correctionDueOn();
        c.corrected = t.correctedOn() != null;
        c.returnStatus = c.correctionRequested
                ? (t.acceptedOn() != null && t.correctionRequestedOn().isAfter(t.acceptedOn())
                        ? CaseStatus.IN_PROGRESS : CaseStatus.RECEIVED) : null;
        c.consultationEndsOn = t.consultationEndsOn();
        c.extended = t.extendedOn() != null;
        c.feeMethod = t.feeMethod();
        c.feeDueOn = t.feeDueOn();
        c.outcome = t.outcome();
        c.closedOn = t.closedOn();
        c.status = t.closedOn() != null ? CaseStatus.CLOSED : t.status();
        c.clock = ResponseClock.STOPPED;
        c.lastEventOn = t.receivedOn();
        c.createdAt = clock.instant();
        c.createdBy = user.username();
        return c;
    }

    /** Starts the instance of an open case at the step it waits at; answers its id. */
    private String start(DisclosureCase c) {
        return switch (c.status) {
            case RECEIVED -> process.start(c.id);
            case CORRECTION_REQUESTED -> process.resumeAwaitingCorrection(c.id, c.returnStatus,
                    dates.startOf(c.correctionDueOn.plusDays(1)));
            case THIRD_PARTY_CONSULTATION -> process.resumeConsultation(c.id,
                    dates.startOf(c.consultationEndsOn.plusDays(1)));
            case AWAITING_FEE -> process.resumeAwaitingFee(c.id, dates.startOf(c.feeDueOn.plusDays(1)));
            default -> process.resumeHandling(c.id);
        };
    }

    private static List<Step> steps(Taken t) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(t.receivedOn(), 0, EventType.RECEIVED, Map.of("channel", t.channel().name())));
        if (t.correctionRequestedOn() != null) {
            steps.add(new Step(t.correctionRequestedOn(), 1, EventType.CORRECTION_REQUESTED,
                    Map.of("items", List.of(), "dueOn", t.correctionDueOn().toString())));
        }
        if (t.correctedOn() != null) {
            steps.add(new Step(t.correctedOn(), 2, EventType.CORRECTED, Map.of()));
        }
        if (t.acceptedOn() != null) {
            steps.add(new Step(t.acceptedOn(), 3, EventType.ACCEPTED, Map.of("department", t.department().code)));
        }
        if (t.consultedOn() != null) {
            steps.add(new Step(t.consultedOn(), 4, EventType.THIRD_PARTY_CONSULTATION_STARTED,
                    Map.of("periodEndsOn", t.consultationEndsOn().toString())));
        }
        if (t.consultationRepliedOn() != null) {
            steps.add(new Step(t.consultationRepliedOn(), 5, EventType.THIRD_PARTY_REPLIED, Map.of()));
        }
        if (t.extendedOn() != null) {
            steps.add(new Step(t.extendedOn(), 6, EventType.EXTENDED, Map.of()));
        }
        if (t.feeNotifiedOn() != null) {
            Map<String, Object> fee = new LinkedHashMap<>();
            fee.put("method", t.feeMethod().name());
            if (t.feePages() != null) {
                fee.put("pages", t.feePages());
            }
            fee.put("dueOn", t.feeDueOn().toString());
            steps.add(new Step(t.feeNotifiedOn(), 7, EventType.FEE_NOTIFIED, fee));
        }
        if (t.feePaidOn() != null) {
            steps.add(new Step(t.feePaidOn(), 8, EventType.FEE_PAID, Map.of()));
        }
        if (t.closedOn() != null) {
            EventType closing = t.outcome() == Outcome.OTHER_NO_CORRECTION ? EventType.CORRECTION_LAPSED
                    : t.outcome() == Outcome.OTHER_FEE_UNPAID ? EventType.FEE_LAPSED : EventType.DECIDED;
            steps.add(new Step(t.closedOn(), 9, closing, Map.of("outcome", t.outcome().name())));
        }
        // A correction asked for while the department handled the case comes after its acceptance.
        steps.sort(Comparator.comparing(Step::on).thenComparing(Step::order));
        return steps;
    }
}
