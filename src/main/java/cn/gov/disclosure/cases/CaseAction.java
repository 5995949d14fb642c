package cn.gov.disclosure.cases;

import static cn.gov.disclosure.cases.CaseStatus.AWAITING_FEE;
import static cn.gov.disclosure.cases.CaseStatus.CLOSED;
import static cn.gov.disclosure.cases.CaseStatus.CORRECTION_REQUESTED;
import static cn.gov.disclosure.cases.CaseStatus.IN_PROGRESS;
import static cn.gov.disclosure.cases.CaseStatus.RECEIVED;
import static cn.gov.disclosure.cases.CaseStatus.REJECTED;
import static cn.gov.disclosure.cases.CaseStatus.SUBMITTED_ONLINE;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.security.Roles;

/**
 * What can be done to a case, each action defined once: the statuses it is allowed in, the
 * further conditions the case must meet, the role that takes it (an admin may take every one) and
 * the event it records. From this one definition come the refusal of a request that does not fit
 * (409), the refusal of a user without the role (403), the buttons of the case page and the API's
 * {@code allowedActions}. The process model is the process; the engine door checks that its
 * instance agrees. Conditions that depend on the date an action carries (a period that has ended)
 * are checked with that date, by the action itself.
 */
public enum CaseAction {

    /** Art 31(3): the agency confirms an online submission; that day is the day of receipt. */
    CONFIRMATION("confirmation", Roles.CLERK, EventType.RECEIVED, EnumSet.of(SUBMITTED_ONLINE)),
    /** An online submission that is no application (no request for information at all) is answered so. */
    REJECTION("rejection", Roles.CLERK, EventType.SUBMISSION_REJECTED, EnumSet.of(SUBMITTED_ONLINE)),
    ACCEPTANCE("acceptance", Roles.CLERK, EventType.ACCEPTED, EnumSet.of(RECEIVED)),
    /** Art 30: everything to correct is asked for at once, so only once. */
    CORRECTION_REQUEST("correction-request", Roles.CLERK, EventType.CORRECTION_REQUESTED,
            EnumSet.of(RECEIVED, IN_PROGRESS),
            refuseIf(c -> c.correctionRequested, c -> Refusal.of(CaseRefusal.CORRECTION_ONCE))),
    CORRECTION("correction", Roles.CLERK, EventType.CORRECTED, EnumSet.of(CORRECTION_REQUESTED)),
    THIRD_PARTY_CONSULTATION("third-party-consultation", Roles.HANDLER, EventType.THIRD_PARTY_CONSULTATION_STARTED,
            EnumSet.of(IN_PROGRESS)),
    THIRD_PARTY_REPLY("third-party-reply", Roles.HANDLER, EventType.THIRD_PARTY_REPLIED,
            EnumSet.of(CaseStatus.THIRD_PARTY_CONSULTATION)),
    /** Art 33: once, and only while there is a due date to move. */
    EXTENSION("extension", Roles.OFFICE, EventType.EXTENDED, EnumSet.of(IN_PROGRESS),
            refuseIf(c -> c.extended, c -> Refusal.of(CaseRefusal.EXTENDED_ONCE)),
            refuseIf(c -> c.responseDueOn == null,
                    c -> Refusal.of(CaseRefusal.NO_DUE_DATE_TO_EXTEND, "problem", c.deadlineProblem))),
    /** One fee notice per application, by one method. */
    FEE_NOTICE("fee-notice", Roles.OFFICE, EventType.FEE_NOTIFIED, EnumSet.of(IN_PROGRESS),
            refuseIf(c -> c.feeMethod != null, c -> Refusal.of(CaseRefusal.FEE_ONCE))),
    FEE_PAYMENT("fee-payment", Roles.OFFICE, EventType.FEE_PAID, EnumSet.of(AWAITING_FEE)),
    DECISION("decision", Roles.HANDLER, EventType.DECIDED, EnumSet.of(IN_PROGRESS)),
    WITHDRAWAL("withdrawal", Roles.CLERK, EventType.WITHDRAWN,
            EnumSet.complementOf(EnumSet.of(SUBMITTED_ONLINE, CLOSED, REJECTED))),
    OUTCOME_CORRECTION("outcome-correction", Roles.OFFICE, EventType.OUTCOME_CORRECTED, EnumSet.of(CLOSED)),
    /** Filing a reconsideration or lawsuit, or recording its result: kept beside the history, not in it. */
    REVIEWS("reviews", Roles.OFFICE, null, EnumSet.complementOf(EnumSet.of(SUBMITTED_ONLINE, REJECTED)));

    /** A further condition on the case: the refusal it gives where the case does not meet it, else empty. */
    private interface Condition extends Function<DisclosureCase, Optional<Refusal>> {
    }

    private final String path;
    private final String role;
    private final EventType event;
    private final Set<CaseStatus> statuses;
    private final List<Condition> conditions;

    CaseAction(String path, String role, EventType event, Set<CaseStatus> statuses, Condition... conditions) {
        this.path = path;
        this.role = role;
        this.event = event;
        this.statuses = statuses;
        this.conditions = List.of(conditions);
    }

    private static Condition refuseIf(Predicate<DisclosureCase> refused, Function<DisclosureCase, Refusal> refusal) {
        return c -> refused.test(c) ? Optional.of(refusal.apply(c)) : Optional.empty();
    }

    /** The action's name in the API's address and in {@code allowedActions}: {@code correction-request}. */
    public String path() {
        return path;
    }

    /** The role that takes the action; an admin may take every action. */
    public String role() {
        return role;
    }

    /** What the action records in the history; null for reviews, which have a record of their own. */
    public EventType event() {
        return event;
    }

    public boolean mayBeTakenBy(Predicate<String> hasRole) {
        return hasRole.test(role) || hasRole.test(Roles.ADMIN);
    }

    /** Refuses a user whose roles do not take the action, before anything is read: it says nothing about the case. */
    public void requireTakenBy(Predicate<String> hasRole) {
        if (!mayBeTakenBy(hasRole)) {
            throw Refusal.of(CaseRefusal.ROLE);
        }
    }

    /** Why the case, as it stands, does not allow the action: its status first, then the conditions. */
    public Optional<Refusal> refusalFor(DisclosureCase c) {
        if (!statuses.contains(c.status)) {
            return Optional.of(Refusal.of(CaseRefusal.WRONG_STATUS, "status", c.status));
        }
        return conditions.stream().map(condition -> condition.apply(c)).flatMap(Optional::stream).findFirst();
    }

    /** The actions a user with these roles may take on the case now, in the order of this list. */
    public static List<CaseAction> allowed(DisclosureCase c, Predicate<String> hasRole) {
        return Arrays.stream(values()).filter(a -> a.mayBeTakenBy(hasRole) && a.refusalFor(c).isEmpty()).toList();
    }

    /** The action named {@code path} in an address, if there is one. */
    public static Optional<CaseAction> byPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }
}
