package cn.gov.disclosure.attachment;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.MemorySize;

/**
 * The largest file taken against the largest request the HTTP layer reads: an upload carries its
 * file and the form's other fields, so the HTTP limit must leave room for these above the file's.
 * Checked at start, so that a file the service would take is never cut off by the HTTP layer.
 */
@Singleton
@Startup
public class AttachmentLimits {

    /** Room for the form's other fields and the multipart framing: a note of 1,000 characters is 3,000 bytes. */
    static final long FORM_ROOM = 64 * 1024;

    AttachmentLimits(AttachmentConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize body) {
        long file = config.maxSize().asLongValue();
        if (file <= 0 || file + FORM_ROOM > body.asLongValue()) {
            throw new IllegalStateException("disclosure.attachments.max-size (" + file
                    + " bytes) must be positive and at least " + FORM_ROOM
                    + " bytes below quarkus.http.limits.max-body-size (" + body.asLongValue() + " bytes)");
        }
    }
}
