package cn.gov.disclosure.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.gov.disclosure.cases.CaseAction.EventType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry of a case's history: what happened, on which business day, entered by whom and when. */
@Entity
@Immutable
@Table(name = "case_event")
public class CaseEvent extends PanacheEntityBase {

    /** The user name recorded for what the process does by itself (lapses). */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    public EventType type;

    @Column(name = "on_date")
    public LocalDate on;

    @Column(name = "username")
    public String by;

    @Column(name = "entered_at")
    public Instant at;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> details;

    public static List<CaseEvent> history(UUID caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}
