package cn.gov.disclosure.calendar;

/**
 * A computation needed a day of a year whose official schedule has not been loaded.
 *
 * <p>Guessing (e.g. treating the year as plain Monday–Friday) would silently produce wrong
 * statutory deadlines around the Spring Festival and National Day, so the calendar refuses
 * instead; the remedy is to load the year's notice, which appears each October or November.
 */
public class CalendarMissingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int year;

    public CalendarMissingException(int year) {
        super("No working-day calendar is loaded for " + year);
        this.year = year;
    }

    public int year() {
        return year;
    }
}
