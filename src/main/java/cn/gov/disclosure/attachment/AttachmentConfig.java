package cn.gov.disclosure.attachment;

import java.util.List;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What papers the service takes: how large, and of which types (judged by content). */
@ConfigMapping(prefix = "disclosure.attachments")
public interface AttachmentConfig {

    /**
     * The largest file taken. PostgreSQL's driver holds a file in memory while it is stored or
     * read, so this bounds the memory an upload or a download takes. The HTTP limit
     * ({@code quarkus.http.limits.max-body-size}) must leave room above it for the form's other
     * fields; the service refuses to start otherwise.
     */
    @WithDefault("20M")
    MemorySize maxSize();

    /** The types taken, as {@link FileType} names. */
    @WithDefault("PDF,OFD,JPEG,PNG,TIFF,DOCX,XLSX,DOC,XLS,TEXT")
    List<FileType> acceptedTypes();
}
