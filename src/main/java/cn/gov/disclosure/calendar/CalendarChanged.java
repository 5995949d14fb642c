package cn.gov.disclosure.calendar;

/** Fired inside the transaction that loaded or replaced a year, so open cases' due dates follow it. */
public record CalendarChanged(int year) {
}
