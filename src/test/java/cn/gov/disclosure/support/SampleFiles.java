package cn.gov.disclosure.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Files as offices receive them, made here: real images and Office documents where the JDK or POI
 * writes them, the rest by their published structure. And files that are none of them, dressed
 * as if they were.
 */
public final class SampleFiles {

    /** One file: the name it is sent under, its bytes, and the type the service should judge it. */
    public record Sample(String name, byte[] bytes, String contentType) {

        public String sha256() {
            return SampleFiles.sha256(bytes);
        }
    }

    private SampleFiles() {
    }

    /** One file of each type the service takes by default, in the order of FileType. */
    public static Map<String, Sample> accepted() {
        Map<String, Sample> samples = new LinkedHashMap<>();
        samples.put("PDF", new Sample("政府信息公开申请表.pdf", pdf(0), "application/pdf"));
        samples.put("OFD", new Sample("补正材料.ofd", ofd(), "application/ofd"));
        samples.put("JPEG", new Sample("身份证正面.jpg", image("jpg"), "image/jpeg"));
        samples.put("PNG", new Sample("身份证反面.png", image("png"), "image/png"));
        samples.put("TIFF", new Sample("送达回证扫描件.tif", image("tiff"), "image/tiff"));
        samples.put("DOCX", new Sample("第三方意见.docx", docx(),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        samples.put("XLSX", new Sample("申请清单.xlsx", xlsx(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        samples.put("DOC", new Sample("旧版申请书.doc", compoundFile("WordDocument"), "application/msword"));
        samples.put("XLS", new Sample("旧版台账.xls", xls(), "application/vnd.ms-excel"));
        samples.put("TEXT", new Sample("邮件正文.txt", "申请人张三来信称：已收到告知书。\r\n".getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8"));
        return samples;
    }

    /** Files of types the service does not take, each named and typed by its sender as one it does. */
    public static Map<String, Sample> refused() {
        Map<String, Sample> samples = new LinkedHashMap<>();
        samples.put("a Windows program named as a PDF", new Sample("申请表.pdf", exe(), "application/pdf"));
        samples.put("a web page named as a PNG", new Sample("身份证.png",
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8),
                "image/png"));
        samples.put("an SVG", new Sample("扫描件.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8),
                "image/svg+xml"));
        samples.put("a ZIP archive named as a Word document", new Sample("意见.docx",
                zip(Map.of("setup.exe", exe())), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        samples.put("a PowerPoint package", new Sample("汇报.pptx", zip(Map.of("[Content_Types].xml", ("<Types><Override"
                + " ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml\"/>"
                + "</Types>").getBytes(StandardCharsets.UTF_8))), "application/octet-stream"));
        samples.put("an installer (OLE2 without a document) named as a Word 97 file",
                new Sample("旧版申请书.doc", compoundFile("SummaryInformation"), "application/msword"));
        samples.put("a PNG signature before other bytes", new Sample("图片.png",
                concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, "not an image".getBytes()),
                "image/png"));
        samples.put("binary bytes", new Sample("数据.txt", new byte[] { 0, 1, 2, 3, (byte) 0xFF, 0 }, "text/plain"));
        return samples;
    }

    /** A PDF of exactly {@code size} bytes (its smallest form when {@code size} is smaller), padded with a comment. */
    public static byte[] pdf(int size) {
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n";
        String end = "%%EOF\n";
        int padding = size - body.length() - end.length() - 2;
        return (body + (padding > 0 ? "%" + "x".repeat(padding) + "\n" : "") + end).getBytes(StandardCharsets.US_ASCII);
    }

    /** A Windows program's first bytes: the MZ header and its DOS stub. */
    public static byte[] exe() {
        byte[] bytes = Arrays.copyOf("MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1), 128);
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, bytes, 78, stub.length);
        return bytes;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] ofd() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("OFD.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\""
                + " Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
                + "</ofd:DocBody></ofd:OFD>").getBytes(StandardCharsets.UTF_8));
        entries.put("Doc_0/Document.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document"
                + " xmlns:ofd=\"http://www.ofdspec.org/2016\"/>").getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 40, 20);
        g.setColor(Color.RED);
        g.fillOval(10, 2, 16, 16);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No image writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("同意公开。某公司 2026年6月15日");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("申请").createRow(0).createCell(0).setCellValue("登记编号");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] xls() {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("申请").createRow(0).createCell(0).setCellValue("登记编号");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An OLE2 compound file holding one stream of this name: a Word 97–2003 document's main stream
     * is {@code WordDocument}; an installer or a mail holds others.
     */
    private static byte[] compoundFile(String stream) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), stream);
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
