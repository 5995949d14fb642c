package cn.gov.disclosure.common.problem;

/** Another transaction changed the same case first; the caller gets 409 and may retry. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
