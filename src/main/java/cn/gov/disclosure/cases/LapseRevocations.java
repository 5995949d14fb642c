package cn.gov.disclosure.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.disclosure.cases.CaseAction.EventType;
import cn.gov.disclosure.common.BusinessDates;

/**
 * Business dates decide, not the order of keying in. Offices key in paper files weeks late, so a
 * period's timer may fire before the correction, payment or third party's reply that came inside
 * the period is entered. Such an action, dated inside the period, revokes the lapse: the history
 * says so, the closing and its outcome are withdrawn, and the case goes on from the step it waited
 * in, its process instance put back there. Once per lapse; an action dated after the period is
 * refused as before.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class LapseRevocations {

    /**
     * The lapse an action answers, the last day of its period, and how the case's instance is put
     * back at the step it waited in, its timer due at the given instant.
     */
    private record Lapse(EventType event, LocalDate periodEnd, Function<Instant, String> resume) {
    }

    @Inject
    CaseWorkflow process;

    @Inject
    BusinessDates dates;

    @Inject
    CaseHistory caseHistory;

    /**
     * Revokes the case's latest lapse if {@code action}, dated {@code on}, answers it in time;
     * otherwise leaves the case alone. The case row is locked by the caller.
     */
    void revokeAnsweredInTime(DisclosureCase c, CaseAction action, LocalDate on, String by) {
        Lapse lapse = switch (action) {
            case CORRECTION -> new Lapse(EventType.CORRECTION_LAPSED, c.correctionDueOn,
                    at -> process.resumeAwaitingCorrection(c.id, c.returnStatus, at));
            case FEE_PAYMENT -> new Lapse(EventType.FEE_LAPSED, c.feeDueOn, at -> process.resumeAwaitingFee(c.id, at));
            case THIRD_PARTY_REPLY -> new Lapse(EventType.THIRD_PARTY_CONSULTATION_ENDED, c.consultationEndsOn,
                    at -> process.resumeConsultation(c.id, at));
            default -> null;
        };
        if (lapse == null || on == null || lapse.periodEnd() == null || on.isAfter(lapse.periodEnd())) {
            return;
        }
        List<CaseEvent> history = CaseEvent.history(c.id);
        CaseEvent latest = history.get(history.size() - 1);
        if (latest.type != lapse.event()) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("revokes", latest.id);
        details.put("lapse", latest.type.name());
        if (c.outcome != null) {
            details.put("outcome", c.outcome.name());
        }
        c.outcome = null;
        c.closedOn = null;
        // The lapse no longer counts, so neither does its date (nor an earlier lapse's, revoked
        // before): the action may be dated before it.
        c.lastEventOn = CaseHistory.effective(history).stream().filter(e -> e != latest).map(e -> e.on)
                .max(LocalDate::compareTo).orElse(c.receivedOn);
        caseHistory.append(c, EventType.LAPSE_REVOKED, on, by, details);
        c.processInstanceId = lapse.resume().apply(dates.startOf(lapse.periodEnd().plusDays(1)));
    }
}
