package cn.gov.disclosure.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One service (送达) of a letter, kept as entered: the table refuses changes and deletions. */
@Entity
@Immutable
@Table(name = "document_service")
public class ServiceRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "document_id")
    public UUID documentId;

    @Enumerated(EnumType.STRING)
    public ServiceMethod method;

    /** The business date: handed over, posted or sent. */
    @Column(name = "served_on")
    public LocalDate servedOn;

    @Column(name = "tracking_number")
    public String trackingNumber;

    /** The day it was signed for, if known. */
    @Column(name = "received_on")
    public LocalDate receivedOn;

    public String signer;

    /** The Message-ID of the e-mail that carried it (EMAIL only). */
    @Column(name = "message_id")
    public String messageId;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** The services of these letters, each letter's in the order served. */
    static List<ServiceRecord> ofDocuments(Collection<UUID> documents) {
        return documents.isEmpty() ? List.of()
                : list("documentId in ?1 order by servedOn, id", documents);
    }
}
