package cn.gov.disclosure.web;

import java.time.LocalDate;
import java.lang.reflect.RecordComponent;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.common.StoredText;
import cn.gov.disclosure.common.Wording;
import cn.gov.disclosure.common.problem.ProblemMappers;
import io.quarkus.qute.TemplateData;

/**
 * What a submitted form said and what was wrong with it, field by field, so that a refused form
 * comes back with the person's input and each message beside its field. Parsing is only turning
 * text into dates, numbers and codes; the rules themselves stay with the services and the request
 * records' constraints, whose refusals are collected here.
 */
@TemplateData
public final class FormInput {

    /**
     * The fields a service or a record constraint may name, in the order the forms show them, so
     * that the summary at the top of a refused form lists errors in that order. Their labels (for
     * the summary; beside the field the label is already in view) are the bundle's {@code field.*}.
     */
    private static final List<String> FIELDS = List.of("applicant.type", "applicant.name", "applicant.idNumber", "applicant.phone", "applicant.email", "applicant.address", "channel", "receivedOn", "description", "deliveryForm", "file", "kind", "on", "filedOn", "department", "items", "dueOn", "outcome", "basis", "reasons", "location", "referral.agency", "referral.contact", "earlierReply.number", "earlierReply.on", "note", "reason", "method", "pages", "party", "consents", "result", "afterReconsideration", "agency", "status", "year", "row", "column", "includeSubordinates", "page", "Idempotency-Key", "fullName", "documentPrefix", "address", "postcode", "phone", "reconsiderationBody", "court", "document", "trackingNumber", "signer",
            "reference", "queryCode", "acceptsOnline", "overview", "proactive.regulations.issued",
            "proactive.regulations.repealed",
            "proactive.regulations.inForce", "proactive.normativeDocuments.issued",
            "proactive.normativeDocuments.repealed", "proactive.normativeDocuments.inForce", "proactive.licensing",
            "proactive.penalties", "proactive.enforcement", "proactive.feesTenThousandYuan", "problems", "other");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    /**
     * Where the bundle keeps this form's own labels, those that differ from the fields' usual ones
     * (the service form's 签收日期 for receivedOn): {@code field.service.}; null for none.
     */
    private String labelKeys;
    /** A refusal that concerns no single field (the case's state, a lost race). */
    private String general;
    /** What the re-rendered form answers with: 400, or the service's own status (409 for the case's state). */
    private int status = 400;

    /** Keeps a submitted value to show again; blank is kept as absent, and text the service cannot keep is refused. */
    public String text(String field, String value) {
        String trimmed = value == null || value.isBlank() ? null : value.trim();
        if (!StoredText.storable(trimmed)) {
            errors.putIfAbsent(field, StoredText.CHINESE);
            return null;
        }
        if (trimmed != null) {
            values.put(field, trimmed);
        }
        return trimmed;
    }

    /** A date as the browser's date input sends it; blank means "not given" (the services default to today). */
    public LocalDate date(String field, String value) {
        String text = text(field, value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.putIfAbsent(field, Wording.chinese("form.not-a-date"));
            return null;
        }
    }

    Integer number(String field, String value) {
        String text = text(field, value);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            errors.putIfAbsent(field, Wording.chinese("form.not-a-whole-number"));
            return null;
        }
    }

    /** One of a select's codes; anything else (a tampered form) is an error, not a crash. */
    public <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        String text = text(field, value);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            errors.putIfAbsent(field, Wording.chinese("form.not-one-of"));
            return null;
        }
    }

    /**
     * The record of {@code type} the form's fields make, read component by component as the fields
     * of that name: text, dates, whole numbers, codes, yes or no, a list of lines, and a nested
     * record from the fields named {@code component.field} (absent where all of them are blank).
     * A field that does not parse is noted and read as absent, for the record's checks to see.
     */
    public <R> R read(Class<R> type, Function<String, String> fields) {
        return read(type, "", fields);
    }

    private <R> R read(Class<R> type, String prefix, Function<String, String> fields) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            String field = prefix + components[i].getName();
            types[i] = components[i].getType();
            values[i] = value(types[i], field, fields);
        }
        if (!prefix.isEmpty() && Arrays.stream(values).allMatch(Objects::isNull)) {
            return null;
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("A form cannot make a " + type.getSimpleName(), e);
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private Object value(Class<?> type, String field, Function<String, String> fields) {
        String sent = fields.apply(field);
        if (type == String.class) {
            return text(field, sent);
        }
        if (type == LocalDate.class) {
            return date(field, sent);
        }
        if (type == Integer.class) {
            return number(field, sent);
        }
        if (type == Boolean.class) {
            return yesOrNo(field, sent);
        }
        if (type.isEnum()) {
            return choice(field, sent, (Class) type);
        }
        if (type == List.class) {
            String text = text(field, sent);
            return text == null ? List.of()
                    : Arrays.stream(text.split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).toList();
        }
        if (type.isRecord()) {
            return read(type, field + ".", fields);
        }
        throw new IllegalStateException("A form has no field for a " + type.getSimpleName());
    }

    /** {@code true} or {@code false}; blank where the person left the question open. */
    private Boolean yesOrNo(String field, String value) {
        String text = text(field, value);
        if (text == null) {
            return null;
        }
        if (!text.equals("true") && !text.equals("false")) {
            errors.putIfAbsent(field, Wording.chinese("form.not-one-of"));
            return null;
        }
        return Boolean.valueOf(text);
    }

    /**
     * The refusals of Bean Validation on the request record built from the form (paths as field
     * names), worded in Chinese whatever language the server or the browser speaks.
     */
    public void addViolations(Set<? extends ConstraintViolation<?>> violations) {
        for (ConstraintViolation<?> v : violations) {
            errors.putIfAbsent(formField(v), chinese(v));
        }
    }

    /** The field a violation concerns: its property path, where a correction item is a line of the one field. */
    private static String formField(ConstraintViolation<?> v) {
        StringJoiner field = new StringJoiner(".");
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                field.add(node.getName());
            }
        }
        return field.toString();
    }

    private static String chinese(ConstraintViolation<?> v) {
        Map<String, Object> limits = v.getConstraintDescriptor().getAttributes();
        return switch (v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank" -> Wording.chinese("form.required");
            case "NotEmpty" -> Wording.chinese("form.at-least-one");
            case "Size" -> Wording.chinese(v.getInvalidValue() instanceof Collection<?> ? "form.too-many-items"
                    : "form.too-long", "max", limits.get("max"));
            case "Min" -> Wording.chinese("form.too-small", "min", limits.get("value"));
            case "Pattern" -> Wording.chinese("form.malformed");
            default -> v.getMessage();
        };
    }

    /**
     * What a service's call failed with: a refusal (a lost race among them, which shows only at
     * commit) goes on the form; anything else is rethrown as the fault it is.
     */
    public void addFailure(RuntimeException failed) {
        addRefusal(ProblemMappers.refusalIn(failed).orElseThrow(() -> failed));
    }

    /** A service's refusal, in Chinese: a field's beside the field, anything else at the top of the form. */
    public void addRefusal(Refusal refusal) {
        status = ProblemMappers.statusOf(refusal.kind());
        refusal.field().ifPresentOrElse(field -> errors.putIfAbsent(field, fieldMessage(refusal)),
                () -> general = Wording.chinese(status == 409 ? "form.refused-by-state" : "form.refused",
                        "reason", chinese(refusal)));
    }

    /**
     * The refusal as one Chinese sentence, for a page with no form to put it beside a field: its
     * own wording, or a general one by its kind. The service's English detail is never shown.
     */
    static String chinese(Refusal refusal) {
        if (refusal.field().isPresent()) {
            return label(refusal.field().get()) + "：" + fieldMessage(refusal);
        }
        return Wording.chinese(refusal).orElse(switch (refusal.kind()) {
            case FORBIDDEN -> Wording.chinese("refused.forbidden");
            case NOT_FOUND -> Wording.chinese("refused.not-found");
            case CONFLICT, CALENDAR_MISSING -> Wording.chinese("refused.conflict");
            case UNAVAILABLE -> Wording.chinese("refused.unavailable");
            case TOO_MANY -> Wording.chinese("refused.too-many");
            case INVALID, TOO_LARGE, UNSUPPORTED_TYPE -> Wording.chinese("refused.invalid");
        });
    }

    /**
     * A field's refusal in Chinese: the bundle's wording, or a general one where it has none (only
     * the API's administration speaks English alone). Wherever it is shown, the field's label
     * stands beside it.
     */
    private static String fieldMessage(Refusal refusal) {
        return Wording.chinese(refusal).orElseGet(() -> Wording.chinese("form.invalid"));
    }

    /** The field's label for the summary; the field's own name where none is known. */
    public String labelOf(String field) {
        return labelKeys != null && Wording.hasChinese(labelKeys + field) ? Wording.chinese(labelKeys + field)
                : label(field);
    }

    /**
     * Labels the form's fields by the bundle's {@code <keys><field>} where it has one, for a form
     * that names a field as other forms do but means something else by it.
     */
    FormInput labelledBy(String keys) {
        labelKeys = keys;
        return this;
    }

    private static String label(String field) {
        return Wording.hasChinese("field." + field) ? Wording.chinese("field." + field) : field;
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || general != null;
    }

    public Map<String, String> values() {
        return values;
    }

    /** Field errors in the order of the form's fields. */
    public Map<String, String> errors() {
        Map<String, String> sorted = new LinkedHashMap<>();
        errors.keySet().stream().sorted(Comparator.comparingInt(field -> FIELDS.contains(field)
                ? FIELDS.indexOf(field) : FIELDS.size())).forEach(field -> sorted.put(field, errors.get(field)));
        return sorted;
    }

    public String general() {
        return general;
    }

    public int status() {
        return status;
    }
}
