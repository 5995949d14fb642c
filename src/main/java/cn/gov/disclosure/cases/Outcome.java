package cn.gov.disclosure.cases;

/**
 * How a case ended: one code for each leaf row of section 三 of the annual report (DOMAIN.md §2.2, §3).
 * The order is the table's.
 */
public enum Outcome {
    GRANTED,
    PARTIALLY_GRANTED,
    WITHHELD_STATE_SECRET,
    WITHHELD_PROHIBITED_BY_LAW,
    WITHHELD_SECURITY_STABILITY,
    WITHHELD_THIRD_PARTY_RIGHTS,
    WITHHELD_INTERNAL_AFFAIRS,
    WITHHELD_PROCESS_INFORMATION,
    WITHHELD_ENFORCEMENT_FILE,
    WITHHELD_QUERY_MATTER,
    UNAVAILABLE_NOT_HELD,
    UNAVAILABLE_NEEDS_CREATION,
    UNAVAILABLE_STILL_UNCLEAR,
    NOT_PROCESSED_PETITION,
    NOT_PROCESSED_REPEAT,
    NOT_PROCESSED_PUBLICATION,
    NOT_PROCESSED_EXCESSIVE,
    NOT_PROCESSED_CONFIRMATION,
    OTHER_NO_CORRECTION,
    OTHER_FEE_UNPAID,
    OTHER;

    /** The two outcomes that only the process's own timers give. */
    public boolean isLapse() {
        return this == OTHER_NO_CORRECTION || this == OTHER_FEE_UNPAID;
    }
}
