package cn.gov.disclosure.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A year whose official schedule is loaded; a year without a row has no working days at all. */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {

    @Id
    public int year;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
