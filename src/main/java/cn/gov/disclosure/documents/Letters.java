package cn.gov.disclosure.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.disclosure.agency.Agency;
import cn.gov.disclosure.cases.CaseEvent;
import cn.gov.disclosure.cases.CaseRules;
import cn.gov.disclosure.cases.DisclosureCase;
import cn.gov.disclosure.cases.CaseAction.EventType;
import cn.gov.disclosure.cases.Outcome;
import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.common.Wording;
import io.quarkus.qute.Engine;

/**
 * Words the letters a step of a case requires, from the wording in {@code templates/letters} (see
 * its README): which letters a step issues, to whom, and what they say. Numbers are given when
 * they are issued ({@link DocumentIssuer}).
 */
@ApplicationScoped
class Letters {

    /** Where a profile is not filled in yet, the remedy clause names the bodies without naming them wrongly. */
    private static final String ANY_RECONSIDERATION_BODY = "有权受理的行政复议机关";
    private static final String ANY_COURT = "有管辖权的人民法院";

    /** How much of the application's description a letter quotes. */
    private static final int QUOTED = 200;

    /**
     * A letter worded but not yet numbered: its kind, its addressee, and the template's title,
     * paragraphs and closing; {@code wording} is the version of the templates it was worded with.
     */
    record Draft(DocumentKind kind, String recipient, String title, List<String> paragraphs, String closing,
            String wording) {

        Letter numbered(String issuer, String number, LocalDate on) {
            return new Letter(issuer, title, number, recipient + "：", paragraphs, closing, ChineseDates.date(on));
        }
    }

    /** What the templates may print of a case and its agency: no entity reaches them. */
    public record Facts(String trackingNumber, String applicant, LocalDate receivedOn, String request, String channel,
            LocalDate responseDueOn, LocalDate correctionDueOn, LocalDate feeDueOn, String issuer, String address, String postcode, String phone,
            String reconsiderationBody, String court) {
    }

    /** The wording's version per set of templates, read once. */
    private final Map<List<String>, String> versions = new ConcurrentHashMap<>();

    @Inject
    Engine engine;

    @Inject
    CaseRules rules;

    @Inject
    DocumentConfig config;

    @Inject
    BusinessDates dates;

    /** The letters the step recorded by {@code event} issues, in the order they go out; none for most steps. */
    List<Draft> of(DisclosureCase c, CaseEvent event) {
        String applicant = c.applicantName;
        return switch (event.type) {
            case RECEIVED -> List.of(draft(DocumentKind.RECEIPT, applicant, c, event));
            case CORRECTION_REQUESTED -> List.of(draft(DocumentKind.CORRECTION_NOTICE, applicant, c, event));
            case EXTENDED -> List.of(draft(DocumentKind.EXTENSION_NOTICE, applicant, c, event));
            case THIRD_PARTY_CONSULTATION_STARTED -> List.of(
                    draft(DocumentKind.CONSULTATION_LETTER, (String) event.details.get("party"), c, event),
                    draft(DocumentKind.CONSULTATION_NOTICE, applicant, c, event));
            case FEE_NOTIFIED -> List.of(draft(DocumentKind.FEE_NOTICE, applicant, c, event));
            case DECIDED -> List.of(draft(DocumentKind.DECISION, applicant, c, event));
            // A lapse closes the case as a decision would: the applicant is told (NOTICES.md §2.7, 六 [B]).
            case CORRECTION_LAPSED -> lapseNotice(c, event, EventType.CORRECTION_REQUESTED, c.correctionDueOn);
            case FEE_LAPSED -> lapseNotice(c, event, EventType.FEE_NOTIFIED, c.feeDueOn);
            default -> List.of();
        };
    }

    /**
     * A lapse's notice, only where the period was still running when the step that began it was
     * entered. A period keyed in after its end (a paper file entered late) lapses at once, and may
     * yet be answered by a correction or payment dated inside it: whether a notice went out then
     * is on paper, and the service does not invent one.
     */
    private List<Draft> lapseNotice(DisclosureCase c, CaseEvent lapse, EventType began,
            LocalDate periodEnd) {
        boolean enteredInTime = CaseEvent.history(c.id).stream().filter(e -> e.type == began)
                .reduce((first, second) -> second)
                .map(e -> !LocalDate.ofInstant(e.at, dates.zone()).isAfter(periodEnd)).orElse(false);
        return enteredInTime ? List.of(draft(DocumentKind.DECISION, c.applicantName, c, lapse)) : List.of();
    }

    /** The issuer as the letters print it: the profile's full name, else the agency's name. */
    static String issuer(Agency agency) {
        return agency.fullName != null ? agency.fullName : agency.name;
    }

    private Draft draft(DocumentKind kind, String recipient, DisclosureCase c, CaseEvent event) {
        List<String> templates = new ArrayList<>();
        templates.add(kind == DocumentKind.DECISION ? "letters/decision/" + c.outcome : "letters/" + kind);
        Facts facts = facts(c, Agency.findById(c.agencyCode));
        String text = render(templates.get(0), facts, event);
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        List<String> paragraphs = new ArrayList<>(lines.subList(1, lines.size() - 1));
        remedyClause(kind, c.outcome, event.on).ifPresent(remedy -> {
            templates.add(remedy);
            paragraphs.add(render(remedy, facts, event).strip());
        });
        templates.add("letters/opening");
        return new Draft(kind, recipient, lines.get(0), paragraphs, lines.get(lines.size() - 1),
                versions.computeIfAbsent(templates, Letters::versionOf));
    }

    private String render(String template, Facts facts, CaseEvent event) {
        return engine.getTemplate(template).data("facts", facts).data("event", event.details)
                .data("on", event.on).data("rules", rules).render();
    }

    /**
     * A decision's remedy clause: none where the case closes without a finding; from the revised
     * 行政复议法's day, reconsideration first for the outcomes it covers; else reconsideration or a
     * lawsuit, at the applicant's choice. The clause is the one in force on the decision's date.
     */
    private Optional<String> remedyClause(DocumentKind kind, Outcome outcome, LocalDate on) {
        if (kind != DocumentKind.DECISION || config.withoutRemedy().contains(outcome)) {
            return Optional.empty();
        }
        boolean first = !on.isBefore(config.reconsiderationFirstFrom())
                && config.reconsiderationFirstOutcomes().contains(outcome);
        return Optional.of(first ? "letters/remedy/reconsideration-first" : "letters/remedy/choice");
    }

    private static Facts facts(DisclosureCase c, Agency agency) {
        String request = c.description.strip();
        if (request.codePointCount(0, request.length()) > QUOTED) {
            request = request.substring(0, request.offsetByCodePoints(0, QUOTED)) + "……";
        }
        return new Facts(c.trackingNumber, c.applicantName, c.receivedOn, request, Wording.label(c.channel),
                c.responseDueOn, c.correctionDueOn, c.feeDueOn, issuer(agency), agency.address, agency.postcode, agency.phone,
                agency.reconsiderationBody != null ? agency.reconsiderationBody : ANY_RECONSIDERATION_BODY,
                agency.court != null ? agency.court : ANY_COURT);
    }

    /** The wording's version: a digest of the template files the letter was worded with, so a change of wording shows. */
    private static String versionOf(List<String> templates) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String template : templates) {
                try (InputStream in = Letters.class.getClassLoader().getResourceAsStream("templates/" + template + ".txt")) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
