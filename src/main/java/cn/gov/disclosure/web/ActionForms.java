package cn.gov.disclosure.web;

import io.quarkus.qute.TemplateData;

/**
 * The case page's action forms: the one named {@code open} (refused, or at its preview step) is
 * shown open with the person's input and the reasons; the others start empty and closed.
 */
@TemplateData
public record ActionForms(String open, FormInput submitted) {

    public boolean isOpen(String action) {
        return action.equals(open);
    }

    public FormInput of(String action) {
        return isOpen(action) ? submitted : new FormInput();
    }
}
