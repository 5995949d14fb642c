package cn.gov.disclosure.web;

import java.time.LocalDate;
import java.util.Map;

import cn.gov.disclosure.cases.CaseAction;
import io.quarkus.qute.TemplateData;

/**
 * The case page's action forms: the one named {@code open} (refused, or at its preview step) is
 * shown open with the person's input and the reasons; the others start empty and closed. An
 * action with plain fields has its {@link StandardForm}, its hints naming the configured periods
 * ({@code periods}, read once for the page).
 */
@TemplateData
public record ActionForms(String open, FormInput submitted, Map<String, Object> periods, LocalDate today) {

    public boolean isOpen(String action) {
        return action.equals(open);
    }

    public FormInput of(String action) {
        return isOpen(action) ? submitted : new FormInput();
    }

    public StandardForm standard(CaseAction action) {
        return StandardForm.of(action, periods, today);
    }
}
