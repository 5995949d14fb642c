package cn.gov.disclosure.calendar;

import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.common.Refusal.Kind;

/** Refusals about working-day calendars; worded in the bundle as {@code CalendarRefusal.X}. */
public enum CalendarRefusal implements Refusal.Reason {
    MISSING(Kind.CALENDAR_MISSING),
    NOT_LOADED(Kind.NOT_FOUND),
    YEAR_OUT_OF_RANGE(Kind.INVALID),
    YEAR_MISMATCH(Kind.INVALID),
    DAYS_REQUIRED(Kind.INVALID),
    INVALID_SCHEDULE(Kind.INVALID);

    private final Kind kind;

    CalendarRefusal(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
