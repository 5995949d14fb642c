package cn.gov.disclosure.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells a file's type from its bytes alone: the name a client gave it and the type it declared
 * are never asked. Images and PDF by their signatures; ZIP packages (OFD, DOCX, XLSX) and OLE2
 * compound files (DOC, XLS) by what they hold, read from their directories without unpacking the
 * rest, so that an installer (an MSI is OLE2 too) or any other archive is not taken for a
 * document; text only as valid UTF-8 without control characters and not beginning as markup.
 * A file that cannot be read as its signature promises is of no type.
 */
public final class ContentJudge {

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte[] PNG_HEADER_CHUNK = ascii("IHDR");
    private static final byte[] TIFF_LITTLE_ENDIAN = { 'I', 'I', 42, 0 };
    private static final byte[] TIFF_BIG_ENDIAN = { 'M', 'M', 0, 42 };
    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1 };
    private static final byte[] ZIP = { 'P', 'K', 3, 4 };
    private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    /** The main part of a Word and an Excel package, as their {@code [Content_Types].xml} declares it. */
    private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String EXCEL_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    /** More than any package's list of content types; a longer one is not read further. */
    private static final int CONTENT_TYPES_READ = 64 * 1024;

    private ContentJudge() {
    }

    /** The type of the file's content, or empty where it is none the service knows. */
    public static Optional<FileType> judge(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(16);
        }
        if (startsWith(head, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(head, PNG)) {
            return Arrays.equals(head, 12, 16, PNG_HEADER_CHUNK, 0, 4) ? Optional.of(FileType.PNG) : Optional.empty();
        }
        if (startsWith(head, TIFF_LITTLE_ENDIAN) || startsWith(head, TIFF_BIG_ENDIAN)) {
            return Optional.of(FileType.TIFF);
        }
        if (startsWith(head, OLE2)) {
            return compoundDocument(file);
        }
        if (startsWith(head, ZIP)) {
            return zipPackage(file);
        }
        return text(Files.readAllBytes(file)) ? Optional.of(FileType.TEXT) : Optional.empty();
    }

    /** A Word or Excel 97–2003 document; not an installer, a mail, a presentation or an encrypted package. */
    private static Optional<FileType> compoundDocument(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return Optional.of(FileType.DOC);
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return Optional.of(FileType.XLS);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            // Hostile or broken: whatever the parser trips over, the file is not what it claims.
            return Optional.empty();
        }
    }

    /** An OFD, DOCX or XLSX package, told by its entries; any other archive is none of them. */
    private static Optional<FileType> zipPackage(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.getEntry("OFD.xml") != null) {
                return Optional.of(FileType.OFD);
            }
            ZipEntry contentTypes = zip.getEntry("[Content_Types].xml");
            if (contentTypes == null) {
                return Optional.empty();
            }
            String declared;
            try (InputStream in = zip.getInputStream(contentTypes)) {
                declared = new String(in.readNBytes(CONTENT_TYPES_READ), StandardCharsets.UTF_8);
            }
            if (declared.contains(WORD_MAIN)) {
                return Optional.of(FileType.DOCX);
            }
            if (declared.contains(EXCEL_MAIN)) {
                return Optional.of(FileType.XLSX);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * UTF-8 (with or without a byte order mark), no control character but tab, line and page
     * breaks, and not beginning with {@code <}: HTML, XML and SVG are markup, which a browser
     * or an office program would not show as the text it is.
     */
    static boolean text(byte[] bytes) {
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        if (text.isBlank() || text.strip().startsWith("<")) {
            return false;
        }
        return text.chars().noneMatch(c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n'
                && c != '\r' && c != '\f');
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
