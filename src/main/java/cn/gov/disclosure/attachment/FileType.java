package cn.gov.disclosure.attachment;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of file the service can recognise by their content ({@link ContentJudge}), each with
 * the media type it is stored and served as and the extensions a file of it is named with. Which
 * of them are accepted is configured ({@code disclosure.attachments.accepted-types}).
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    /** 版式文档 (GB/T 33190): a ZIP package whose entry document is {@code OFD.xml}. */
    OFD("application/ofd", "ofd"),
    JPEG("image/jpeg", "jpg", "jpeg", "jpe"),
    PNG("image/png", "png"),
    TIFF("image/tiff", "tif", "tiff"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** Word 97–2003: an OLE2 compound file holding a {@code WordDocument} stream. */
    DOC("application/msword", "doc"),
    /** Excel 97–2003: an OLE2 compound file holding a {@code Workbook} (or Excel 5 {@code Book}) stream. */
    XLS("application/vnd.ms-excel", "xls"),
    /** Plain text in UTF-8, not markup. */
    TEXT("text/plain; charset=UTF-8", "txt");

    private final String mediaType;
    private final List<String> extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    /** The media type a file of this type is stored and served as. */
    public String mediaType() {
        return mediaType;
    }

    /** The usual extension, without the dot. */
    public String extension() {
        return extensions.get(0);
    }

    /** The extensions a file of this type is named with, without the dot; the usual one first. */
    public List<String> extensions() {
        return extensions;
    }

    /** Whether a file name ends with one of this type's extensions (in any case). */
    public boolean names(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
