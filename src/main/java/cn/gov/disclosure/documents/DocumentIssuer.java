package cn.gov.disclosure.documents;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import cn.gov.disclosure.agency.Agency;
import cn.gov.disclosure.cases.CaseEvent;
import cn.gov.disclosure.cases.CaseStepRecorded;
import cn.gov.disclosure.cases.DisclosureCase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Issues the letters of each step in the step's own transaction: worded, numbered and kept as
 * issued; {@link LetterPrints} prints them once the step has committed. A step that fails takes its
 * letters and their numbers back.
 */
@ApplicationScoped
class DocumentIssuer {

    @Inject
    Letters letters;

    @Inject
    DocumentNumbers numbers;

    @Inject
    Event<LetterPrints.Issued> issued;

    @Inject
    Clock clock;

    /** What issuing costs a step, for operators (and the benchmark) to compare with the step itself. */
    private final Timer issuing;

    DocumentIssuer(MeterRegistry registry) {
        issuing = Timer.builder("disclosure.letters.issue")
                .description("Wording, numbering and storing the letters of one step, in its transaction")
                .register(registry);
    }

    void issue(@Observes CaseStepRecorded step) {
        DisclosureCase c = step.c();
        CaseEvent event = step.event();
        List<Letters.Draft> drafts = letters.of(c, event);
        if (!drafts.isEmpty()) {
            // Read only for a step with letters: most steps issue none.
            Agency agency = Agency.findById(c.agencyCode);
            List<UUID> documents = issuing.record(
                    () -> drafts.stream().map(draft -> issue(c, event, agency, draft)).toList());
            issued.fire(new LetterPrints.Issued(documents));
        }
    }

    private UUID issue(DisclosureCase c, CaseEvent event, Agency agency, Letters.Draft draft) {
        DocumentNumbers.Number number = numbers.next(agency.code, prefix(agency), draft.kind(), event.on.getYear());
        Document document = new Document();
        document.id = UUID.randomUUID();
        document.caseId = c.id;
        document.agencyCode = agency.code;
        document.kind = draft.kind();
        document.year = event.on.getYear();
        document.sequence = number.sequence();
        document.number = number.printed();
        document.title = draft.title();
        document.recipient = draft.recipient();
        document.issuedOn = event.on;
        document.eventId = event.id;
        document.templateVersion = draft.wording();
        document.words = draft.numbered(Letters.issuer(agency), number.printed(), event.on);
        document.issuedAt = clock.instant();
        document.issuedBy = event.by;
        document.persist();
        return document.id;
    }

    /** The profile's document prefix, else the agency's name, so that a number is never bare. */
    static String prefix(Agency agency) {
        return agency.documentPrefix != null ? agency.documentPrefix : agency.name;
    }
}
