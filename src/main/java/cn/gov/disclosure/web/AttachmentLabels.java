package cn.gov.disclosure.web;

import cn.gov.disclosure.attachment.Attachment;
import cn.gov.disclosure.attachment.AttachmentService;
import cn.gov.disclosure.attachment.AttachmentView;
import cn.gov.disclosure.common.Wording;
import io.quarkus.qute.TemplateExtension;

/** How the case page names a paper's kind and size: {@code {a.kind.label}}, {@code {a.sizeLabel}}. */
@TemplateExtension
final class AttachmentLabels {

    private AttachmentLabels() {
    }

    static String label(Attachment.Kind kind) {
        return Wording.label(kind);
    }

    static String sizeLabel(AttachmentView attachment) {
        return AttachmentService.sizeLabel(attachment.size());
    }
}
