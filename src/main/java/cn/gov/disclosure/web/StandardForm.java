package cn.gov.disclosure.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.gov.disclosure.cases.CaseAction;
import cn.gov.disclosure.common.Wording;
import io.quarkus.qute.TemplateData;

/**
 * The form of an action whose fields are plain (dates, text, whole numbers, codes, a list of
 * lines): made from its request record, one field per component in the record's order, worded by
 * the bundle. {@code action.<action>} is its title; {@code action.<action>.submit} its button
 * (else 提交); {@code action.<action>.<field>} a field's label (else the field's usual one,
 * {@code field.<field>}) and {@code action.<action>.<field>.hint} its hint, which may name the
 * configured periods ({@code {extensionWorkingDays}}). The business date {@code on} is asked
 * first, today filled in. An action whose form needs more (a department's list, the outcomes in
 * their groups, a fee computed first) has its own form on the case page.
 */
@TemplateData
public record StandardForm(String action, String title, String submit, boolean previewable,
        List<Field> fields) {

    /** How a field is asked: {@code date}, {@code number} or {@code text} inputs, a text area, a choice. */
    public enum Widget {
        DATE, NUMBER, TEXT, TEXTAREA, CHOICE
    }

    /** A choice's option: its code and its Chinese label. */
    @TemplateData
    public record Option(String name, String label) {
    }

    @TemplateData
    public record Field(String name, Widget widget, String label, String hint, boolean required,
            List<Option> options, String value) {

        /** The input's {@code type} attribute. */
        public String type() {
            return widget.name().toLowerCase(Locale.ROOT);
        }
    }

    /** Text longer than this is asked in a text area. */
    private static final int ONE_LINE = 1000;

    /**
     * The form of {@code action}, its hints filled with {@code periods} (the configured periods by
     * name) and its date with {@code today}.
     */
    static StandardForm of(CaseAction action, Map<String, Object> periods, LocalDate today) {
        String keys = labelKeys(action);
        List<Field> fields = Arrays.stream(action.requestType().getRecordComponents())
                .map(component -> field(keys, component, periods, today)).toList();
        return new StandardForm(action.path(), Wording.chinese("action." + action.path()),
                Wording.hasChinese(keys + "submit") ? Wording.chinese(keys + "submit") : Wording.chinese("form.submit"),
                action.issuesLetter(), fields);
    }

    /** Where the bundle keeps the labels of the action's fields that differ from their usual ones. */
    static String labelKeys(CaseAction action) {
        return "action." + action.path() + ".";
    }

    /** A constraint on the component, written on it or on its type ({@code List<…>}), else null. */
    private static <A extends Annotation> A constraint(RecordComponent component, Class<A> type) {
        A declared = component.getAnnotation(type);
        return declared != null ? declared : component.getAnnotatedType().getAnnotation(type);
    }

    private static Field field(String keys, RecordComponent component, Map<String, Object> periods, LocalDate today) {
        String name = component.getName();
        String label = Wording.hasChinese(keys + name) ? Wording.chinese(keys + name) : Wording.chinese("field." + name);
        String hint = Wording.hasChinese(keys + name + ".hint") ? Wording.chinese(keys + name + ".hint", periods) : null;
        boolean required = name.equals("on") || constraint(component, NotNull.class) != null
                || constraint(component, NotBlank.class) != null || constraint(component, NotEmpty.class) != null;
        Class<?> type = component.getType();
        Widget widget;
        List<Option> options = List.of();
        if (type == LocalDate.class) {
            widget = Widget.DATE;
        } else if (type == Integer.class) {
            widget = Widget.NUMBER;
        } else if (type == List.class) {
            widget = Widget.TEXTAREA;
        } else if (type == String.class) {
            Size size = constraint(component, Size.class);
            widget = size != null && size.max() >= ONE_LINE ? Widget.TEXTAREA : Widget.TEXT;
        } else if (type.isEnum()) {
            widget = Widget.CHOICE;
            options = Arrays.stream(type.getEnumConstants()).map(code -> (Enum<?>) code)
                    .map(code -> new Option(code.name(), Wording.label(code))).toList();
        } else {
            throw new IllegalStateException(keys + " needs a form of its own for its " + name);
        }
        return new Field(name, widget, label, hint, required, options, name.equals("on") ? today.toString() : null);
    }
}
