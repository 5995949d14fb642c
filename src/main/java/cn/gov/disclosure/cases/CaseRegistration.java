package cn.gov.disclosure.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.hibernate.query.NativeQuery;

import cn.gov.disclosure.agency.AgencyService;
import cn.gov.disclosure.cases.CaseAction.EventType;
import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.security.CurrentUser;

/**
 * Registers applications: each one a case with its gapless tracking number and its process
 * instance, in one transaction. A repeated key (the API's Idempotency-Key, the form's one-off key)
 * answers the case registered the first time.
 */
@ApplicationScoped
@Transactional
public class CaseRegistration {

    /** The longest Idempotency-Key (or the registration form's one-off key) the service keeps. */
    public static final int MAX_IDEMPOTENCY_KEY = 200;

    /** Who submits online, in the history; with the client's address, the scope of a submission's Idempotency-Key. */
    private static final String SUBMITTER = "applicant";

    @Inject
    EntityManager em;

    @Inject
    CaseWorkflow process;

    @Inject
    CurrentUser user;

    @Inject
    BusinessDates dates;

    @Inject
    Event<CaseRegistered> registered;

    @Inject
    Event<CaseStepRecorded> recorded;

    @Inject
    CaseHistory history;

    @Inject
    AgencyService agencies;

    @Inject
    Clock clock;

    /** The case registered, and whether it was registered by an earlier request with the same key. */
    public record Registered(DisclosureCase c, boolean replayed) {
    }

    public Registered register(@Valid @NotNull CaseRequests.Registration request, String idempotencyKey) {
        String agency = user.requireAgency(request.agency());
        agencies.requireAgency("agency", agency);
        LocalDate receivedOn = dates.dayOf("receivedOn", request.receivedOn());
        UUID id = UUID.randomUUID();
        Optional<UUID> earlier = claim(user.username(), idempotencyKey, id);
        if (earlier.isPresent()) {
            return new Registered(em.find(DisclosureCase.class, earlier.get()), true);
        }
        DisclosureCase c = newCase(id, agency, request.applicant(), request.description(), request.deliveryForm());
        c.channel = request.channel();
        c.status = CaseStatus.RECEIVED;
        c.receivedOn = receivedOn;
        c.lastEventOn = receivedOn;
        c.createdBy = user.username();
        c.persist();
        receive(c, receivedOn, user.username(), Map.of("channel", c.channel.name()));
        return new Registered(c, false);
    }

    /**
     * An application submitted online, as the applicant filled it in: kept until the agency
     * confirms it ({@link CaseCommands#confirm}), with a reference and a query code to follow it.
     * Only the code's hash is kept, so the code travels in this answer alone; a repeated key (the
     * same client retrying) answers the same submission with a fresh code, which replaces the old
     * one, so that the answer the applicant last saw always holds a code that works.
     */
    public Submitted submitOnline(@Valid @NotNull CaseRequests.Submission request, String idempotencyKey,
            String clientAddress) {
        agencies.requireAcceptingOnline("agency", request.agency());
        UUID id = UUID.randomUUID();
        String code = QueryCodes.next();
        Optional<UUID> earlier = claim(SUBMITTER + ":" + clientAddress, idempotencyKey, id);
        if (earlier.isPresent()) {
            DisclosureCase c = em.find(DisclosureCase.class, earlier.get());
            c.queryCodeHash = QueryCodes.hash(code);
            return new Submitted(c, code, true);
        }
        DisclosureCase c = newCase(id, request.agency(), request.applicant(), request.description(),
                request.deliveryForm());
        LocalDate today = dates.today();
        c.channel = Channel.ONLINE;
        c.status = CaseStatus.SUBMITTED_ONLINE;
        c.clock = ResponseClock.STOPPED;
        c.submittedOn = today;
        c.lastEventOn = today;
        c.reference = QueryCodes.reference(today);
        // A tracking number is the agency's, given on receipt; until then the reference stands in for it.
        c.trackingNumber = c.reference;
        c.queryCodeHash = QueryCodes.hash(code);
        c.createdBy = SUBMITTER;
        c.persist();
        CaseEvent submitted = history.append(c, EventType.SUBMITTED_ONLINE, today, c.createdBy, Map.of());
        recorded.fire(new CaseStepRecorded(c, submitted));
        return new Submitted(c, code, false);
    }

    /** An online submission and its query code, shown this once. */
    public record Submitted(DisclosureCase c, String queryCode, boolean replayed) {
    }

    /**
     * The case received on {@code on}: its receipt, its tracking number and its process instance,
     * and the observers told (the receipt letter). A registration receives at once, an online
     * submission when it is confirmed.
     */
    void receive(DisclosureCase c, LocalDate on, String by, Map<String, Object> details) {
        c.receivedOn = on;
        CaseEvent received = history.append(c, EventType.RECEIVED, on, by, details);
        em.flush();
        c.processInstanceId = process.start(c.id);
        // Numbers are gapless, so taking one locks the agency's counter until commit: every other
        // registration of the agency waits for whatever this transaction does after it. Taken
        // before the process started, it made registrations of one agency queue up behind it.
        c.trackingNumber = nextTrackingNumber(c.agencyCode, on.getYear());
        registered.fire(new CaseRegistered(c.agencyCode, c.channel));
        recorded.fire(new CaseStepRecorded(c, received));
    }

    private DisclosureCase newCase(UUID id, String agency, CaseRequests.Applicant applicant, String description,
            DeliveryForm deliveryForm) {
        DisclosureCase c = new DisclosureCase();
        c.id = id;
        c.agencyCode = agency;
        // Provisional and unique; the number proper is taken on receipt, last.
        c.trackingNumber = id.toString();
        c.applicantType = applicant.type();
        c.applicantName = applicant.name().trim();
        c.applicantIdNumber = blankToNull(applicant.idNumber());
        c.applicantPhone = blankToNull(applicant.phone());
        c.applicantEmail = blankToNull(applicant.email());
        c.applicantAddress = blankToNull(applicant.address());
        c.description = description;
        c.deliveryForm = deliveryForm;
        c.clock = ResponseClock.RUNNING;
        c.createdAt = clock.instant();
        return c;
    }

    /**
     * Claims {@code key} for {@code id} within {@code scope} (a user, or a public client's address);
     * the case an earlier request with the same key made, if there is one. Waits for a concurrent
     * request with the same key to finish, then yields to it.
     */
    private Optional<UUID> claim(String scope, String key, UUID id) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.length() > MAX_IDEMPOTENCY_KEY) {
            throw Refusal.ofField("Idempotency-Key", CaseRefusal.KEY_TOO_LONG, "max", MAX_IDEMPOTENCY_KEY);
        }
        int claimed = em.createNativeQuery("insert into idempotency_key (username, key, case_id, created_at) "
                + "values (?1, ?2, ?3, now()) on conflict do nothing")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, id).executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        return Optional.of((UUID) em.createNativeQuery(
                "select case_id from idempotency_key where username = ?1 and key = ?2")
                .setParameter(1, scope).setParameter(2, key).getSingleResult());
    }

    /** The agency's next tracking number for the year; the counter stays locked until the transaction ends. */
    String nextTrackingNumber(String agency, int year) {
        return nextTrackingNumbers(agency, year, 1).get(0);
    }

    /** The agency's next {@code count} tracking numbers for the year, in order, taken in one statement. */
    List<String> nextTrackingNumbers(String agency, int year, int count) {
        Number last = (Number) em.createNativeQuery("insert into tracking_counter (agency_code, year, last_value) "
                + "values (?1, ?2, ?3) on conflict (agency_code, year) "
                + "do update set last_value = tracking_counter.last_value + ?3 returning last_value")
                // The counter is all it touches: the case's pending changes wait for the commit, and the
                // case is written once there rather than once here and again with its number.
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("tracking_counter")
                .setParameter(1, agency).setParameter(2, year).setParameter(3, count).getSingleResult();
        return IntStream.rangeClosed(last.intValue() - count + 1, last.intValue())
                .mapToObj(next -> String.format("%s-%d-%05d", agency, year, next)).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
