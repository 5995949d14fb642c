package cn.gov.disclosure.applicants;

import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.gov.disclosure.agency.AgencyService;
import cn.gov.disclosure.cases.CaseEvent;
import cn.gov.disclosure.cases.CaseRegistration;
import cn.gov.disclosure.cases.CaseRequests;
import cn.gov.disclosure.cases.CaseStatus;
import cn.gov.disclosure.cases.DisclosureCase;
import cn.gov.disclosure.cases.CaseAction.EventType;
import cn.gov.disclosure.cases.QueryCodes;
import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.documents.DocumentQueries;

/**
 * What the public pages do, each guarded by {@link PublicThrottle}: submitting an application
 * online, and, with the reference and query code that answers, following it and fetching its
 * letters. A wrong code and an unknown reference are one refusal, after the same work.
 */
@ApplicationScoped
@Transactional
public class ApplicantAccess {

    @Inject
    CaseRegistration registration;

    @Inject
    DocumentQueries documents;

    @Inject
    PublicThrottle throttle;

    @Inject
    AgencyService agencies;

    @ConfigProperty(name = "disclosure.applicants.submissions-per-address")
    int submissionsPerAddress;

    @ConfigProperty(name = "disclosure.applicants.lookups-per-address")
    int lookupsPerAddress;

    @ConfigProperty(name = "disclosure.applicants.lookups-per-reference")
    int lookupsPerReference;

    /** The pair an applicant follows an application with. */
    public record Pair(@NotNull @Size(max = 32) String reference,
            @NotNull @Size(max = 64) String queryCode) {
    }

    public CaseRegistration.Submitted submit(@Valid @NotNull CaseRequests.Submission request, String idempotencyKey,
            String clientAddress) {
        String key = "submission:" + clientAddress;
        throttle.check(new PublicThrottle.Limit(key, submissionsPerAddress));
        throttle.count(key);
        ApplicantChecks.check(request.applicant());
        return registration.submitOnline(request, idempotencyKey, clientAddress);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ApplicantStatus status(@Valid @NotNull Pair pair, String clientAddress) {
        DisclosureCase c = verified(pair, clientAddress);
        String agencyName = agencies.name(c.agencyCode);
        // Only a rejection's reason is told from the history; nothing else of it is the applicant's.
        String reason = c.status != CaseStatus.REJECTED ? null : CaseEvent.history(c.id).stream()
                .filter(e -> e.type == EventType.SUBMISSION_REJECTED).map(e -> (String) e.details.get("reason"))
                .findFirst().orElse(null);
        return ApplicantStatus.of(c, agencyName, reason, documents.toApplicant(c.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DocumentQueries.Issued document(String number, @Valid @NotNull Pair pair, String clientAddress) {
        UUID caseId = verified(pair, clientAddress).id;
        return documents.toApplicant(caseId, number);
    }

    /**
     * The case of the pair, if the code is its own. Refused without a look while the address or the
     * reference has used up its attempts; a wrong pair counts against both.
     */
    private DisclosureCase verified(Pair pair, String clientAddress) {
        String reference = pair.reference().trim().toUpperCase(Locale.ROOT);
        String addressKey = "lookup:" + clientAddress;
        String referenceKey = "reference:" + reference;
        throttle.check(new PublicThrottle.Limit(addressKey, lookupsPerAddress),
                new PublicThrottle.Limit(referenceKey, lookupsPerReference));
        DisclosureCase c = DisclosureCase.<DisclosureCase> find("reference", reference).firstResult();
        if (!QueryCodes.matches(c == null ? null : c.queryCodeHash, pair.queryCode())) {
            throttle.count(addressKey, referenceKey);
            throw Refusal.of(PublicRefusal.NO_SUCH_PAIR);
        }
        return c;
    }
}
