package cn.gov.disclosure.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import cn.gov.disclosure.agency.AgencyService;
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
        if (idempotencyKey != null && idempotencyKey.length() > MAX_IDEMPOTENCY_KEY) {
            throw Refusal.ofField("Idempotency-Key", CaseRefusal.KEY_TOO_LONG, "max", MAX_IDEMPOTENCY_KEY);
        }
        UUID id = UUID.randomUUID();
        if (idempotencyKey != null) {
            // Waits for a concurrent request with the same key to finish, then yields to it.
            int claimed = em.createNativeQuery("insert into idempotency_key (username, key, case_id, created_at) "
                    + "values (?1, ?2, ?3, now()) on conflict do nothing")
                    .setParameter(1, user.username()).setParameter(2, idempotencyKey).setParameter(3, id)
                    .executeUpdate();
            if (claimed == 0) {
                UUID earlier = (UUID) em.createNativeQuery(
                        "select case_id from idempotency_key where username = ?1 and key = ?2")
                        .setParameter(1, user.username()).setParameter(2, idempotencyKey).getSingleResult();
                return new Registered(em.find(DisclosureCase.class, earlier), true);
            }
        }
        DisclosureCase c = new DisclosureCase();
        c.id = id;
        c.agencyCode = agency;
        // Provisional and unique; the number proper is taken last, see below.
        c.trackingNumber = id.toString();
        CaseRequests.Applicant applicant = request.applicant();
        c.applicantType = applicant.type();
        c.applicantName = applicant.name().trim();
        c.applicantIdNumber = blankToNull(applicant.idNumber());
        c.applicantPhone = blankToNull(applicant.phone());
        c.applicantEmail = blankToNull(applicant.email());
        c.applicantAddress = blankToNull(applicant.address());
        c.channel = request.channel();
        c.receivedOn = receivedOn;
        c.description = request.description();
        c.deliveryForm = request.deliveryForm();
        c.status = CaseStatus.RECEIVED;
        c.clock = ResponseClock.RUNNING;
        c.lastEventOn = receivedOn;
        c.createdAt = clock.instant();
        c.createdBy = user.username();
        c.persist();
        CaseEvent received = history.append(c, EventType.RECEIVED, receivedOn, user.username(),
                Map.of("channel", c.channel.name()));
        em.flush();
        c.processInstanceId = process.start(c.id);
        // Numbers are gapless, so taking one locks the agency's counter until commit: every other
        // registration of the agency waits for whatever this transaction does after it. Taken
        // before the process started, it made registrations of one agency queue up behind it.
        c.trackingNumber = nextTrackingNumber(agency, receivedOn.getYear());
        registered.fire(new CaseRegistered(c.agencyCode, c.channel));
        recorded.fire(new CaseStepRecorded(c, received));
        return new Registered(c, false);
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
                .setParameter(1, agency).setParameter(2, year).setParameter(3, count).getSingleResult();
        return IntStream.rangeClosed(last.intValue() - count + 1, last.intValue())
                .mapToObj(next -> String.format("%s-%d-%05d", agency, year, next)).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
