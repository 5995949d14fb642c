package cn.gov.disclosure.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.disclosure.attachment.Attachment;
import cn.gov.disclosure.attachment.AttachmentConfig;
import cn.gov.disclosure.attachment.AttachmentService;
import cn.gov.disclosure.attachment.AttachmentView;
import cn.gov.disclosure.common.Wording;
import io.quarkus.qute.TemplateData;

/**
 * The case page's section 收到的材料: the papers filed with the case and the form that files
 * another. The page reads it as {@code {inject:caseAttachments}}, so that the case page's own
 * class needs to know nothing of attachments. The kinds are registered for the {@code {#choice}}
 * tag, which reads any option's {@code name} and {@code label} unchecked (see {@link TemplateTypes}).
 */
@RequestScoped
@Named("caseAttachments")
@TemplateData(target = Attachment.Kind.class)
public class CaseAttachments {

    @Inject
    AttachmentService attachments;

    @Inject
    AttachmentConfig config;

    /** The case's papers in the order filed. */
    public List<AttachmentView> of(UUID caseId) {
        return attachments.ofCase(caseId);
    }

    public boolean isUploadAllowed() {
        return attachments.mayUpload();
    }

    public Attachment.Kind[] getKinds() {
        return Attachment.Kind.values();
    }

    /** The types taken and the largest size, for the file field's hint: PDF、OFD、…，不超过 20 MB. */
    public String getHint() {
        return Wording.chinese("attachment.hint", "types", config.acceptedTypes().stream()
                .map(Wording::label).collect(Collectors.joining("、")),
                "max", AttachmentService.sizeLabel(config.maxSize().asLongValue()));
    }

    /** The file field's {@code accept}: the extensions of the types taken, for the browser's file chooser. */
    public String getAccept() {
        return config.acceptedTypes().stream().flatMap(type -> type.extensions().stream()).map(e -> "." + e)
                .collect(Collectors.joining(","));
    }
}
