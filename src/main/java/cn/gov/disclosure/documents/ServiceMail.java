package cn.gov.disclosure.documents;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.gov.disclosure.common.Refusal;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/**
 * Serves a letter by e-mail: the PDF exactly as issued, attached under its number, with a subject
 * and a body in Chinese naming the letter and its issuer. The address is never logged, nor is
 * anything the mail server answers about it.
 */
@ApplicationScoped
class ServiceMail {

    private static final Logger LOG = Logger.getLogger(ServiceMail.class);

    /** What a mail server takes as a recipient: one address, no display name, no spaces. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>()\",;]+@[^@\\s<>()\",;]+\\.[^@\\s<>()\",;]+");

    /** Anything shaped like an address in a mail server's answer, taken out before it is logged. */
    private static final Pattern ANY_ADDRESS = Pattern.compile("\\S+@\\S+");

    @Inject
    Mailer mailer;

    @ConfigProperty(name = "quarkus.mailer.from")
    Optional<String> from;

    /** A letter to send: its number, title, addressee and issuer, and its PDF as issued. */
    record Letter(UUID documentId, String number, String title, String recipient, String issuer, String date,
            byte[] pdf) {
    }

    static boolean isAddress(String address) {
        return address != null && ADDRESS.matcher(address).matches();
    }

    /**
     * Sends the letter and answers its Message-ID once the mail server has accepted it; a refusal
     * {@link DocumentRefusal#MAIL_NOT_SENT} when it did not.
     */
    String send(Letter letter, String to) {
        String messageId = "<" + UUID.randomUUID() + "@" + domain() + ">";
        Mail mail = Mail.withText(to, letter.title() + "（" + letter.number() + "）", body(letter))
                .addAttachment(letter.number() + ".pdf", letter.pdf(), DocumentResource.PDF)
                .addHeader("Message-ID", messageId);
        try {
            mailer.send(mail);
        } catch (RuntimeException failed) {
            LOG.warnf("Document %s was not sent by e-mail: %s", letter.documentId(), withoutAddresses(failed));
            throw Refusal.of(DocumentRefusal.MAIL_NOT_SENT);
        }
        return messageId;
    }

    private static String body(Letter letter) {
        return letter.recipient() + "：\n\n"
                + "　　" + letter.issuer() + "向您送达《" + letter.title() + "》（" + letter.number() + "），"
                + "全文见附件（PDF）。\n\n"
                + letter.issuer() + "\n" + letter.date() + "\n";
    }

    /** The Message-ID's domain: the sender's, so that the identifier is the agency's own. */
    private String domain() {
        return from.map(address -> address.substring(address.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", ""))
                .filter(domain -> !domain.isEmpty()).orElse("disclosure-workflow.invalid");
    }

    /** The failure and its causes, by kind and message, with every address taken out. */
    private static String withoutAddresses(Throwable failed) {
        StringBuilder what = new StringBuilder();
        for (Throwable t = failed; t != null && what.length() < 1000; t = t.getCause()) {
            what.append(what.isEmpty() ? "" : "; caused by ").append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                what.append(": ").append(ANY_ADDRESS.matcher(t.getMessage()).replaceAll("<address>"));
            }
        }
        return what.toString();
    }
}
