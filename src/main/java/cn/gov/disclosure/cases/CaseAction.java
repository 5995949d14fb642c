package cn.gov.disclosure.cases;

import static cn.gov.disclosure.cases.CaseStatus.AWAITING_FEE;
import static cn.gov.disclosure.cases.CaseStatus.CLOSED;
import static cn.gov.disclosure.cases.CaseStatus.CORRECTION_REQUESTED;
import static cn.gov.disclosure.cases.CaseStatus.IN_PROGRESS;
import static cn.gov.disclosure.cases.CaseStatus.RECEIVED;
import static cn.gov.disclosure.cases.CaseStatus.REJECTED;
import static cn.gov.disclosure.cases.CaseStatus.SUBMITTED_ONLINE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.disclosure.agency.Department;
import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.fee.Fee;
import cn.gov.disclosure.security.Roles;

/**
 * What can be done to a case, each action defined once: the statuses it is allowed in, the
 * further conditions the case must meet, the role that takes it (an admin may take every one), the
 * body it takes, what it does to the case, the event it records and how it moves the case's
 * process. From this one definition come the API's endpoint and its description, the refusal of a
 * request that does not fit (409), the refusal of a user without the role (403), the case page's
 * form and buttons and the API's {@code allowedActions}. The process model is the process; the
 * engine door checks that its instance agrees. Conditions that depend on the date an action
 * carries (a period that has ended) are checked with that date, by the action itself.
 *
 * <p>An action's address is its name in lower case with hyphens: {@code CORRECTION_REQUEST} is
 * {@code correction-request}.
 */
public enum CaseAction {

    /** Art 31(3): the agency confirms an online submission; that day is the day of receipt. */
    CONFIRMATION(by(Roles.CLERK).in(SUBMITTED_ONLINE).records(EventType.RECEIVED).startsProcess()
            .takes(Dated.class, CaseAction::confirm)
            .api("Confirm an online submission", "`SUBMITTED_ONLINE` → `RECEIVED`: `on` becomes the receipt date"
                    + " (Art 31(3)), from which the response period runs; the case takes its tracking number and its"
                    + " receipt letter.")),
    /** An online submission that is no application (no request for information at all) is answered so. */
    REJECTION(by(Roles.CLERK).in(SUBMITTED_ONLINE).records(EventType.SUBMISSION_REJECTED).outsideProcess()
            .takes(Rejection.class, CaseAction::reject)
            .api("Answer an online submission that is no application",
                    "`SUBMITTED_ONLINE` → `REJECTED`; the applicant sees the reason. No table counts it.")),
    ACCEPTANCE(by(Roles.CLERK).in(RECEIVED).records(EventType.ACCEPTED).atGateway("ACCEPT")
            .takes(Acceptance.class, CaseAction::accept)
            .api("Accept a complete application and pass it to a department", "`RECEIVED` → `IN_PROGRESS`.")),
    /** Art 30: everything to correct is asked for at once, so only once. */
    CORRECTION_REQUEST(by(Roles.CLERK).in(RECEIVED, IN_PROGRESS).records(EventType.CORRECTION_REQUESTED)
            .unless(c -> c.correctionRequested, c -> Refusal.of(CaseRefusal.CORRECTION_ONCE))
            .atGateway("REQUEST_CORRECTION").takes(CorrectionRequest.class, CaseAction::requestCorrection)
            .issuesLetter()
            .api("Ask the applicant for a correction (补正)", "From `RECEIVED` or `IN_PROGRESS`, once per case;"
                    + " `dueOn` defaults to the configured number of working days after `on`.")),
    CORRECTION(by(Roles.CLERK).in(CORRECTION_REQUESTED).records(EventType.CORRECTED).atGateway(null)
            .takes(Dated.class, (step, request) -> step.c().corrected = true)
            .api("Record the corrected application",
                    "The response period restarts from `on`; back to the status the request was made in.")),
    DECISION(by(Roles.HANDLER).in(IN_PROGRESS).records(EventType.DECIDED).atGateway("DECIDE")
            .takes(Decision.class, CaseAction::decide).issuesLetter()
            .api("Answer the application (作出答复)", "The case closes with the outcome on `on`; not the two lapse"
                    + " codes, and `UNAVAILABLE_STILL_UNCLEAR` only after a correction.")),
    THIRD_PARTY_CONSULTATION(by(Roles.HANDLER).in(IN_PROGRESS).records(EventType.THIRD_PARTY_CONSULTATION_STARTED)
            .atGateway("CONSULT_THIRD_PARTY").takes(ThirdPartyConsultation.class, CaseAction::consult)
            .issuesLetter()
            .api("Consult a third party (征求第三方意见)", "The clock pauses for up to 15 working days.")),
    THIRD_PARTY_REPLY(by(Roles.HANDLER).in(CaseStatus.THIRD_PARTY_CONSULTATION)
            .records(EventType.THIRD_PARTY_REPLIED).atGateway(null)
            .takes(ThirdPartyReply.class, (step, request) -> step.detailIfGiven("consents", request.consents()))
            .api("Record the third party's reply", "The clock resumes.")),
    /** Art 33: once, and only while there is a due date to move. */
    EXTENSION(by(Roles.OFFICE).in(IN_PROGRESS).records(EventType.EXTENDED)
            .unless(c -> c.extended, c -> Refusal.of(CaseRefusal.EXTENDED_ONCE))
            .unless(c -> c.responseDueOn == null,
                    c -> Refusal.of(CaseRefusal.NO_DUE_DATE_TO_EXTEND, "problem", c.deadlineProblem))
            .atGateway("EXTEND").takes(Extension.class, CaseAction::extend).issuesLetter()
            .api("Extend the response period (延期)", "+20 working days, once, while `IN_PROGRESS` and not overdue.")),
    /** One fee notice per application, by one method. */
    FEE_NOTICE(by(Roles.OFFICE).in(IN_PROGRESS).records(EventType.FEE_NOTIFIED)
            .unless(c -> c.feeMethod != null, c -> Refusal.of(CaseRefusal.FEE_ONCE))
            .atGateway("NOTIFY_FEE").takes(FeeNotice.class, CaseAction::notifyFee).issuesLetter()
            .api("Issue a fee notice (收费通知)", "The clock pauses; payment is due 20 working days after `on`.")),
    FEE_PAYMENT(by(Roles.OFFICE).in(AWAITING_FEE).records(EventType.FEE_PAID).atGateway(null)
            .takes(Dated.class, (step, request) -> { })
            .api("Record the fee payment", "The clock resumes.")),

    /** Filing a reconsideration or lawsuit, or recording its result: kept beside the history, not in it. */
    REVIEWS(by(Roles.OFFICE).in(EnumSet.complementOf(EnumSet.of(SUBMITTED_ONLINE, REJECTED)))),
    /**
     * Corrects the outcome a closed case was recorded with (a wrong row chosen, a lapse recorded
     * where an answer was in fact given). The closing day stays; the history keeps both outcomes,
     * and a year already published reports the change as a difference.
     */
    OUTCOME_CORRECTION(by(Roles.OFFICE).in(CLOSED).records(EventType.OUTCOME_CORRECTED).outsideProcess()
            .takes(OutcomeCorrection.class, CaseAction::correctOutcome)
            .api("Correct the outcome recorded for a closed case",
                    "`closedOn` stays; the same outcome rules as a decision.")),
    WITHDRAWAL(by(Roles.CLERK).in(EnumSet.complementOf(EnumSet.of(SUBMITTED_ONLINE, CLOSED, REJECTED)))
            .records(EventType.WITHDRAWN).byMessage("ApplicationWithdrawn")
            .takes(Dated.class, CaseAction::withdraw)
            .api("Record the applicant's withdrawal (撤回)", "Any open status; the case closes with outcome `OTHER`."));

    /**
     * What happened to a case; the history is a list of these and is never rewritten. Most are
     * recorded by an action, beside which they are defined; the rest by the process (a lapse, a
     * consultation's period ended) or by registration.
     */
    public enum EventType {
        /** Submitted online by the applicant; received only once the agency confirms it ({@link #RECEIVED}). */
        SUBMITTED_ONLINE,
        /** An online submission answered as no application. */
        SUBMISSION_REJECTED,
        RECEIVED,
        ACCEPTED,
        CORRECTION_REQUESTED,
        CORRECTED,
        CORRECTION_LAPSED,
        THIRD_PARTY_CONSULTATION_STARTED,
        THIRD_PARTY_REPLIED,
        THIRD_PARTY_CONSULTATION_ENDED,
        EXTENDED,
        FEE_NOTIFIED,
        FEE_PAID,
        FEE_LAPSED,
        DECIDED,
        WITHDRAWN,
        OUTCOME_CORRECTED,
        /**
         * A lapse withdrawn: the correction, payment or third party's reply it said had not come was
         * keyed in later, dated inside the period. Its details name the lapse's event ({@code revokes}),
         * which no longer counts.
         */
        LAPSE_REVOKED
    }

    /** The body of an action; {@code on} is its business date, today where left out. */
    @Schema(name = "CaseActionRequest", oneOf = { Dated.class, Rejection.class, Acceptance.class,
            CorrectionRequest.class, ThirdPartyConsultation.class, ThirdPartyReply.class, Extension.class,
            FeeNotice.class, Decision.class, OutcomeCorrection.class })
    public sealed interface Request {
        LocalDate on();
    }

    public record Dated(LocalDate on) implements Request {
    }

    public record Rejection(LocalDate on,
            @Schema(description = "Why the submission is no application; the applicant sees it")
            @NotBlank @Size(max = 2000) String reason) implements Request {
    }

    public record Acceptance(LocalDate on, @NotBlank @Size(max = 32) String department) implements Request {
    }

    /**
     * At most ten items of 1,000 characters: all of them travel in one field of the web form, which
     * takes as much as the longest field, the description.
     */
    public record CorrectionRequest(LocalDate on,
            @Schema(description = "What the applicant must correct or add, all at once (一次性告知)")
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 1000) String> items,
            @Schema(description = "The correction period's last day; left out, a configured number of working days"
                    + " after on")
            LocalDate dueOn) implements Request {
    }

    public record ThirdPartyConsultation(LocalDate on, @NotBlank @Size(max = 500) String party) implements Request {
    }

    public record ThirdPartyReply(LocalDate on,
            @Schema(description = "Whether the third party consents to disclosure; left out if it did not say")
            Boolean consents) implements Request {
    }

    public record Extension(LocalDate on, @NotBlank @Size(max = 2000) String reason) implements Request {
    }

    public record FeeNotice(LocalDate on, @NotNull FeeMethod method,
            @Schema(description = "PER_VOLUME (按量计收): the number of pages") @Min(0) Integer pages)
            implements Request {
    }

    /** What the decision's letter prints beyond its outcome's wording (CONTRACT "Documents"). */
    public record Decision(LocalDate on, @NotNull Outcome outcome,
            @Schema(description = "The provision of the Regulations relied on, e.g. 第十六条第一款; left out, the"
                    + " letter cites the outcome's usual article")
            @Size(max = 500) String basis,
            @Schema(description = "An internal note, kept in the history; no letter prints it")
            @Size(max = 5000) String note,
            @Schema(description = "The reasons the letter gives, e.g. each withheld part and why")
            @Size(max = 5000) String reasons,
            @Schema(description = "UNAVAILABLE_NOT_HELD: the agency that holds the information")
            @Valid Referral referral,
            @Schema(description = "NOT_PROCESSED_REPEAT: the earlier answer to the same request")
            @Valid EarlierReply earlierReply,
            @Schema(description = "Where published information can be found (an address, a web page)")
            @Size(max = 500) String location) implements Request {
    }

    public record Referral(@NotBlank @Size(max = 200) String agency, @Size(max = 200) String contact) {
    }

    public record EarlierReply(@NotBlank @Size(max = 100) String number, @NotNull LocalDate on) {
    }

    public record OutcomeCorrection(LocalDate on, @NotNull Outcome outcome, @NotBlank @Size(max = 2000) String reason)
            implements Request {
    }

    private static void confirm(CaseStep step, Dated request) {
        step.detail("channel", step.c().channel.name()).detail("submittedOn", step.c().submittedOn.toString());
    }

    private static void reject(CaseStep step, Rejection request) {
        step.c().status = CaseStatus.REJECTED;
        step.detail("reason", request.reason());
    }

    private static void accept(CaseStep step, Acceptance request) {
        Department department = step.tools().department(step.c(), request.department());
        step.c().departmentId = department.id;
        step.detail("department", department.code);
    }

    private static void requestCorrection(CaseStep step, CorrectionRequest request) {
        DisclosureCase c = step.c();
        LocalDate dueOn = request.dueOn() != null ? step.tools().dates().within("dueOn", request.dueOn())
                : step.tools().periodEnd(step.on(), step.tools().rules().correctionWorkingDays());
        if (!dueOn.isAfter(step.on())) {
            throw Refusal.ofField("dueOn", CaseRefusal.CORRECTION_DUE_NOT_AFTER_REQUEST, "on", step.on());
        }
        c.correctionRequested = true;
        c.correctionDueOn = dueOn;
        c.returnStatus = c.status;
        step.detail("items", request.items()).detail("dueOn", dueOn.toString())
                .variable(CaseWorkflow.CORRECTION_RETURNS_TO, step.from().name())
                .timer(CaseWorkflow.CORRECTION_LAPSES_AT, dueOn);
    }

    private static void consult(CaseStep step, ThirdPartyConsultation request) {
        DisclosureCase c = step.c();
        c.consultationEndsOn = step.tools().periodEnd(step.on(), step.tools().rules().consultationWorkingDays());
        step.detail("party", request.party()).detail("periodEndsOn", c.consultationEndsOn.toString())
                .timer(CaseWorkflow.CONSULTATION_ENDS_AT, c.consultationEndsOn);
    }

    private static void extend(CaseStep step, Extension request) {
        DisclosureCase c = step.c();
        if (step.on().isAfter(c.responseDueOn)) {
            throw Refusal.of(CaseRefusal.RESPONSE_PERIOD_ENDED, "dueOn", c.responseDueOn);
        }
        c.extended = true;
        step.detail("reason", request.reason()).detail("previousDueOn", c.responseDueOn.toString());
    }

    private static void notifyFee(CaseStep step, FeeNotice request) {
        DisclosureCase c = step.c();
        Fee fee = step.tools().fee(c, request.method(), request.pages());
        c.feeMethod = request.method();
        c.feeAmount = fee.amount();
        c.feeBasis = fee.basis();
        c.feeDueOn = step.tools().periodEnd(step.on(), step.tools().rules().paymentWorkingDays());
        step.detail("method", request.method().name());
        if (request.method() == FeeMethod.PER_VOLUME) {
            step.detail("pages", request.pages());
        }
        step.detail("amount", fee.amount()).detail("basis", fee.basis()).detail("dueOn", c.feeDueOn.toString())
                .timer(CaseWorkflow.FEE_LAPSES_AT, c.feeDueOn);
    }

    private static void decide(CaseStep step, Decision request) {
        DisclosureCase c = step.c();
        requireDecidable(c, request.outcome());
        c.outcome = request.outcome();
        c.closedOn = step.on();
        step.detail("outcome", request.outcome().name()).detailIfGiven("basis", request.basis())
                .detailIfGiven("note", request.note()).detailIfGiven("reasons", request.reasons());
        if (request.referral() != null) {
            Map<String, Object> referral = new LinkedHashMap<>();
            referral.put("agency", request.referral().agency());
            if (request.referral().contact() != null) {
                referral.put("contact", request.referral().contact());
            }
            step.detail("referral", referral);
        }
        if (request.earlierReply() != null) {
            LocalDate earlier = step.tools().dates().dayOf("earlierReply.on", request.earlierReply().on());
            if (!earlier.isBefore(step.on())) {
                throw Refusal.ofField("earlierReply.on", CaseRefusal.EARLIER_REPLY_NOT_EARLIER, "on", step.on());
            }
            step.detail("earlierReply", Map.of("number", request.earlierReply().number(), "on", earlier.toString()));
        }
        step.detailIfGiven("location", request.location());
    }

    private static void withdraw(CaseStep step, Dated request) {
        step.c().outcome = Outcome.OTHER;
        step.c().closedOn = step.on();
    }

    private static void correctOutcome(CaseStep step, OutcomeCorrection request) {
        DisclosureCase c = step.c();
        requireDecidable(c, request.outcome());
        if (request.outcome() == c.outcome) {
            throw Refusal.of(CaseRefusal.SAME_OUTCOME, "outcome", c.outcome);
        }
        step.detail("from", c.outcome.name()).detail("to", request.outcome().name()).detail("reason", request.reason());
        c.outcome = request.outcome();
    }

    /** An outcome a person may record: not one of the lapses, and "still unclear" only after a correction. */
    private static void requireDecidable(DisclosureCase c, Outcome outcome) {
        if (outcome.isLapse()) {
            throw Refusal.ofField("outcome", CaseRefusal.LAPSE_OUTCOME, "outcome", outcome);
        }
        if (outcome == Outcome.UNAVAILABLE_STILL_UNCLEAR && !c.corrected) {
            throw Refusal.of(CaseRefusal.STILL_UNCLEAR_WITHOUT_CORRECTION);
        }
    }

    /** How an action moves the case's process instance. */
    public enum Movement {
        /** The action starts the instance (the case is received). */
        STARTS,
        /** The action completes the task the case waits at; the gateway after it reads the action's word. */
        GATEWAY,
        /** The action interrupts the instance wherever it stands, by a message. */
        MESSAGE,
        /** The case has no instance to move (never received, or closed). */
        NONE
    }

    private final String path;
    private final Definition<?> definition;

    CaseAction(Definition<?> definition) {
        this.path = name().toLowerCase(Locale.ROOT).replace('_', '-');
        this.definition = definition;
    }

    /** The action's name in the API's address and in {@code allowedActions}: {@code correction-request}. */
    public String path() {
        return path;
    }

    /** The role that takes the action; an admin may take every action. */
    public String role() {
        return definition.role;
    }

    /** What the action records in the history; null for reviews, which have a record of their own. */
    public EventType event() {
        return definition.event;
    }

    /** The body the action takes at its address; null for reviews, which have endpoints of their own. */
    public Class<? extends Request> requestType() {
        return definition.requestType;
    }

    /** A JSON body read as the action's record; none where none was sent, for the action to refuse. */
    public Request read(ObjectMapper json, JsonNode body) throws JsonProcessingException {
        return body == null || body.isNull() ? null : json.treeToValue(body, requestType());
    }

    /** Whether the action issues a letter, which can be previewed before the action is taken. */
    public boolean issuesLetter() {
        return definition.issuesLetter;
    }

    public Movement movement() {
        return definition.movement;
    }

    /** The word the gateway after the action's task reads ({@link Movement#GATEWAY}), or the message's name. */
    public Optional<String> processWord() {
        return Optional.ofNullable(definition.processWord);
    }

    /** The API's one-line summary of the action. */
    public String summary() {
        return definition.summary;
    }

    /** The API's description of the action. */
    public String description() {
        return definition.description;
    }

    public boolean mayBeTakenBy(Predicate<String> hasRole) {
        return hasRole.test(definition.role) || hasRole.test(Roles.ADMIN);
    }

    /** Refuses a user whose roles do not take the action, before anything is read: it says nothing about the case. */
    public void requireTakenBy(Predicate<String> hasRole) {
        if (!mayBeTakenBy(hasRole)) {
            throw Refusal.of(CaseRefusal.ROLE);
        }
    }

    /** Why the case, as it stands, does not allow the action: its status first, then the conditions. */
    public Optional<Refusal> refusalFor(DisclosureCase c) {
        if (!definition.statuses.contains(c.status)) {
            return Optional.of(Refusal.of(CaseRefusal.WRONG_STATUS, "status", c.status));
        }
        return definition.conditions.stream().map(condition -> condition.apply(c)).flatMap(Optional::stream)
                .findFirst();
    }

    /** Does to the case what the action does, collecting what the history records of it. */
    void apply(CaseStep step, Request request) {
        definition.apply(step, request);
    }

    /** The actions a user with these roles may take on the case now, in the order of this list. */
    public static List<CaseAction> allowed(DisclosureCase c, Predicate<String> hasRole) {
        return Arrays.stream(values()).filter(a -> a.mayBeTakenBy(hasRole) && a.refusalFor(c).isEmpty()).toList();
    }

    /** The action named {@code path} in an address, if there is one. */
    public static Optional<CaseAction> byPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }

    /** The action taken at its own address {@code path}: any but the reviews, which have endpoints of their own. */
    public static Optional<CaseAction> takenAt(String path) {
        return byPath(path).filter(a -> a.requestType() != null);
    }

    private static Definition<Request> by(String role) {
        return new Definition<>(role);
    }

    /** A further condition on the case: the refusal it gives where the case does not meet it, else empty. */
    private interface Condition extends Function<DisclosureCase, Optional<Refusal>> {
    }

    /** One action's definition, as the constants above spell it out. */
    private static final class Definition<R extends Request> {
        private final String role;
        private Set<CaseStatus> statuses;
        private final List<Condition> conditions = new ArrayList<>();
        private EventType event;
        private Movement movement = Movement.NONE;
        private String processWord;
        private Class<R> requestType;
        private BiConsumer<CaseStep, R> body;
        private boolean issuesLetter;
        private String summary;
        private String description;

        private Definition(String role) {
            this.role = role;
        }

        Definition<R> in(CaseStatus first, CaseStatus... rest) {
            return in(EnumSet.of(first, rest));
        }

        Definition<R> in(Set<CaseStatus> allowed) {
            statuses = allowed;
            return this;
        }

        Definition<R> unless(Predicate<DisclosureCase> refused, Function<DisclosureCase, Refusal> refusal) {
            conditions.add(c -> refused.test(c) ? Optional.of(refusal.apply(c)) : Optional.empty());
            return this;
        }

        Definition<R> records(EventType recorded) {
            event = recorded;
            return this;
        }

        Definition<R> startsProcess() {
            movement = Movement.STARTS;
            return this;
        }

        Definition<R> outsideProcess() {
            movement = Movement.NONE;
            return this;
        }

        /** Completes the waiting task; {@code word} is what the gateway after it reads, null where none does. */
        Definition<R> atGateway(String word) {
            movement = Movement.GATEWAY;
            processWord = word;
            return this;
        }

        Definition<R> byMessage(String message) {
            movement = Movement.MESSAGE;
            processWord = message;
            return this;
        }

        @SuppressWarnings("unchecked")
        <T extends Request> Definition<T> takes(Class<T> type, BiConsumer<CaseStep, T> code) {
            Definition<T> typed = (Definition<T>) this;
            typed.requestType = type;
            typed.body = code;
            return typed;
        }

        Definition<R> issuesLetter() {
            issuesLetter = true;
            return this;
        }

        Definition<R> api(String oneLine, String more) {
            summary = oneLine;
            description = more;
            return this;
        }

        void apply(CaseStep step, Request request) {
            body.accept(step, requestType.cast(request));
        }
    }
}
