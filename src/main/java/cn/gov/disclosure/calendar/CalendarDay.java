package cn.gov.disclosure.calendar;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A day that departs from the Monday–Friday rule: a holiday, or a make-up working day (调休). */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    public static final String HOLIDAY = "HOLIDAY";
    public static final String WORKDAY = "WORKDAY";

    @Id
    public LocalDate day;

    public int year;

    public String kind;
}
