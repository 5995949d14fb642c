package cn.gov.disclosure.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A request that the rules refuse, in the domain's own terms: a reason (a constant of the refusing
 * feature's enum), the field concerned if any, and the values its wording names. It knows nothing
 * of HTTP; the edges turn it into a problem document or a message beside a form field, both worded
 * from {@link Wording}. Thrown inside a transaction it rolls it back, so a refused request changes
 * nothing.
 */
public class Refusal extends RuntimeException {

    /** What sort of refusal it is; the HTTP edge chooses the status by it. */
    public enum Kind {
        /** The request itself is wrong: a field, a parameter. */
        INVALID,
        /** What the request names does not exist, or the user may not know that it does. */
        NOT_FOUND,
        /** The user's role or agency does not allow it. */
        FORBIDDEN,
        /** It does not fit the current state (of a case, a review, a published year). */
        CONFLICT,
        /** A period in working days cannot be counted: a year's calendar is not loaded. */
        CALENDAR_MISSING,
        /** What was sent is larger than the service takes (a file beyond its limit). */
        TOO_LARGE,
        /** What was sent is of a type the service does not take (a file's content, judged from its bytes). */
        UNSUPPORTED_TYPE,
        /** A server the request needs (the mail server) did not take it; nothing was changed, try again later. */
        UNAVAILABLE,
        /**
         * Too many attempts of late from this client or on this record: nothing was looked at. Its
         * argument {@code seconds} says how long to wait.
         */
        TOO_MANY
    }

    /**
     * A refusal's code: a constant of an enum of the feature that refuses. Its wording is in the
     * bundle under {@code SimpleEnumName.CONSTANT}.
     */
    public interface Reason {

        Kind kind();

        String name();

        /** The key of the reason's wording in the bundle. */
        default String key() {
            Class<?> type = this instanceof Enum<?> e ? e.getDeclaringClass() : getClass();
            return Wording.keyOf(type, name());
        }
    }

    private final transient Reason reason;
    private final String field;
    private final transient Map<String, Object> args;

    private Refusal(Reason reason, String field, Map<String, Object> args) {
        super(reason.key());
        this.reason = reason;
        this.field = field;
        this.args = args;
    }

    /** A refusal of the whole request; {@code namesAndValues} are the values its wording names. */
    public static Refusal of(Reason reason, Object... namesAndValues) {
        return new Refusal(reason, null, pairs(namesAndValues));
    }

    /** A refusal of one field: its wording is the field's message. */
    public static Refusal ofField(String field, Reason reason, Object... namesAndValues) {
        return new Refusal(reason, field, pairs(namesAndValues));
    }

    static Map<String, Object> pairs(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Names and values come in pairs");
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(args);
    }

    public Reason reason() {
        return reason;
    }

    public Kind kind() {
        return reason.kind();
    }

    /** The field refused, or empty for a refusal of the whole request. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public Map<String, Object> args() {
        return args;
    }

    /** The English wording, for logs and the API. */
    @Override
    public String getMessage() {
        return Wording.english(this);
    }
}
