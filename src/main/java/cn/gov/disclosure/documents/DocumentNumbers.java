package cn.gov.disclosure.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

/** Gapless numbers per agency, kind and year, taken in the issuing transaction. */
@ApplicationScoped
class DocumentNumbers {

    /** A number: the place in the series and the number as printed. */
    record Number(int sequence, String printed) {
    }

    @Inject
    EntityManager em;

    @Inject
    DocumentConfig config;

    /**
     * The next number of the series. The counter row stays locked until the transaction ends, so a
     * concurrent letter of the same series waits, and one that rolls back gives its number back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Number next(String agency, String prefix, DocumentKind kind, int year) {
        int sequence = ((java.lang.Number) em.createNativeQuery("insert into document_counter (agency_code, kind, year, last)"
                + " values (?1, ?2, ?3, 1) on conflict (agency_code, kind, year)"
                + " do update set last = document_counter.last + 1 returning last")
                // The counter is all it touches: the step's pending changes wait for the commit.
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("document_counter")
                .setParameter(1, agency).setParameter(2, kind.name()).setParameter(3, year).getSingleResult()).intValue();
        return new Number(sequence, printed(prefix, kind, year, sequence));
    }

    String printed(String prefix, DocumentKind kind, int year, int sequence) {
        return config.numberPattern().replace("{prefix}", prefix).replace("{code}", config.codes().get(kind))
                .replace("{year}", Integer.toString(year)).replace("{n}", Integer.toString(sequence));
    }
}
