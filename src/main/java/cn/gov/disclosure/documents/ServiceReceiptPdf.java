package cn.gov.disclosure.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * Prints a {@link ServiceReceipt} as an A4 form (templates/documents/service-receipt.html), in the
 * faces and with the printer of the letters ({@link LetterPdf#printer()}), so that the fonts are
 * read and configured once.
 */
@ApplicationScoped
class ServiceReceiptPdf {

    @Inject
    @Location("documents/service-receipt.html")
    Template template;

    @Inject
    LetterPdf letters;

    byte[] render(ServiceReceipt receipt) {
        return letters.printer().render(xhtml(receipt));
    }

    /** Qute escapes the text; what XML cannot carry at all is left out. */
    String xhtml(ServiceReceipt r) {
        ServiceReceipt printed = new ServiceReceipt(XhtmlPdf.xmlText(r.issuer()), XhtmlPdf.xmlText(r.title()),
                XhtmlPdf.xmlText(r.number()), XhtmlPdf.xmlText(r.recipient()), XhtmlPdf.xmlText(r.place()),
                r.methods().stream().map(XhtmlPdf::xmlText).toList(), XhtmlPdf.xmlText(r.receivedOn()),
                r.remarks().stream().map(XhtmlPdf::xmlText).toList(), XhtmlPdf.xmlText(r.date()));
        return template.data("receipt", printed).render();
    }
}
