package cn.gov.disclosure.cases;

/** The Art 33 response period: running, paused (consultation, fee) or stopped (awaiting correction, closed). */
public enum ResponseClock {
    RUNNING,
    PAUSED,
    STOPPED
}
