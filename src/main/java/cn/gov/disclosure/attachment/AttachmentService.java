package cn.gov.disclosure.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import cn.gov.disclosure.cases.CaseQueries;
import cn.gov.disclosure.cases.DisclosureCase;
import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.common.Sha256;
import cn.gov.disclosure.common.StoredText;
import cn.gov.disclosure.security.CurrentUser;
import cn.gov.disclosure.security.Roles;

/**
 * Keeps the papers received for an application and hands them back (API and web pages alike).
 * Whoever may read a case may list and download its papers; another agency's are not found, as
 * its case is not. The agency's staff in every role file them, in any state of the case: proof of
 * service arrives after the decision. A file's type is judged by its content ({@link ContentJudge}),
 * never by its name or the type a client declared. File names and contents are personal data:
 * they are never logged, nor named in a refusal.
 */
@ApplicationScoped
@Transactional
public class AttachmentService {

    /** The roles that file papers: all staff of the case's agency. */
    static final Set<String> UPLOADERS = Set.of(Roles.CLERK, Roles.HANDLER, Roles.OFFICE, Roles.ADMIN);

    @Inject
    CaseQueries cases;

    @Inject
    CurrentUser user;

    @Inject
    AttachmentConfig config;

    @Inject
    Clock clock;

    /** Whether the signed-in user may file papers (on the cases it may see). */
    public boolean mayUpload() {
        return UPLOADERS.stream().anyMatch(user::hasRole);
    }

    /**
     * Files {@code file} with the case {@code caseId}. The role is checked before the case is
     * read, the file after it: too large (413) before its type is judged, a type not accepted
     * (415) before anything is stored. A refusal stores nothing.
     */
    public AttachmentView upload(UUID caseId, @Valid @NotNull AttachmentRequest request, ReceivedFile file) {
        if (!mayUpload()) {
            throw Refusal.of(AttachmentRefusal.ROLE);
        }
        DisclosureCase c = cases.find(caseId);
        if (!StoredText.storable(request.note())) {
            throw Refusal.ofField("note", AttachmentRefusal.NOT_STORABLE);
        }
        if (file == null) {
            throw Refusal.ofField("file", AttachmentRefusal.FILE_REQUIRED);
        }
        long max = config.maxSize().asLongValue();
        if (file.size() > max) {
            throw Refusal.ofField("file", AttachmentRefusal.TOO_LARGE, "max", sizeLabel(max));
        }
        if (file.size() == 0) {
            throw Refusal.ofField("file", AttachmentRefusal.EMPTY_FILE);
        }
        byte[] bytes;
        FileType type;
        try {
            type = ContentJudge.judge(file.path()).filter(config.acceptedTypes()::contains)
                    .orElseThrow(() -> Refusal.ofField("file", AttachmentRefusal.TYPE_NOT_ACCEPTED, "accepted",
                            acceptedTypes()));
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        }
        if (bytes.length > max) {
            throw Refusal.ofField("file", AttachmentRefusal.TOO_LARGE, "max", sizeLabel(max));
        }

        Attachment attachment = new Attachment();
        attachment.id = UUID.randomUUID();
        attachment.caseId = c.id;
        attachment.kind = request.kind();
        attachment.name = FileNames.clean(file.name(), type);
        attachment.contentType = type.mediaType();
        attachment.size = bytes.length;
        attachment.sha256 = Sha256.hex(bytes);
        attachment.note = request.note();
        attachment.uploadedBy = user.username();
        attachment.uploadedAt = clock.instant();
        attachment.persist();
        AttachmentContent content = new AttachmentContent();
        content.attachmentId = attachment.id;
        content.bytes = bytes;
        content.persist();
        return AttachmentView.of(attachment);
    }

    /** The case's papers in the order they were filed; their bytes are not read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttachmentView> ofCase(UUID caseId) {
        DisclosureCase c = cases.find(caseId);
        return Attachment.<Attachment> list("caseId = ?1 order by seq", c.id).stream().map(AttachmentView::of)
                .toList();
    }

    /** An attachment's bytes, if the user may see its case; another agency's is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(UUID id) {
        Attachment attachment = Attachment.findById(id);
        if (attachment == null || !cases.isVisible(attachment.caseId)) {
            throw Refusal.of(AttachmentRefusal.NOT_FOUND, "id", id);
        }
        AttachmentContent content = AttachmentContent.findById(id);
        return new Download(attachment.name, attachment.contentType, content.bytes);
    }

    /** As {@link #download(UUID)}, where the address names the case too: another case's attachment is not found there. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(UUID caseId, UUID id) {
        Attachment attachment = Attachment.findById(id);
        if (attachment == null || !attachment.caseId.equals(caseId)) {
            throw Refusal.of(AttachmentRefusal.NOT_FOUND, "id", id);
        }
        return download(id);
    }

    /** The types taken, for a refusal and the upload form's hint: {@code PDF, OFD, JPEG}. */
    public String acceptedTypes() {
        return String.join(", ", config.acceptedTypes().stream().map(Enum::name).toList());
    }

    /** The largest file taken, as people read it: {@code 20 MB}. */
    public String maxSizeLabel() {
        return sizeLabel(config.maxSize().asLongValue());
    }

    /** A size in bytes as people read it: {@code 512 B}, {@code 340 KB}, {@code 1.5 MB} (1 KB = 1,024 B). */
    public static String sizeLabel(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return trimmed(bytes / 1024.0) + " KB";
        }
        return trimmed(bytes / (1024.0 * 1024)) + " MB";
    }

    private static String trimmed(double value) {
        String text = String.format(java.util.Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
