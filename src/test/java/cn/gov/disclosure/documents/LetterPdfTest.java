package cn.gov.disclosure.documents;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;

/**
 * The letter as printed, read back from the PDF: every part is there as text (a name with markup
 * characters too), in fonts the file carries, on A4, and the same letter gives the same bytes.
 * The renderer is built here without CDI, on a Qute engine set up as Quarkus sets up its own
 * (HTML escaping for .html templates); LetterPdfServiceTest checks that the service's gives the
 * same bytes.
 */
class LetterPdfTest {

    static LetterPdf letters;

    @BeforeAll
    static void renderer() throws IOException {
        letters = standalone();
    }

    static LetterPdf standalone() throws IOException {
        return new LetterPdf(template(), LetterFonts.shipped());
    }

    static Template template() throws IOException {
        Engine engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML))).build();
        String source;
        try (InputStream in = LetterPdfTest.class.getClassLoader()
                .getResourceAsStream("templates/documents/letter.html")) {
            source = new String(in.readAllBytes(), UTF_8);
        }
        return engine.parse(source, Variant.forContentType(Variant.TEXT_HTML));
    }

    /** An answer of the usual kind, to an applicant whose name holds the characters markup uses. */
    static Letter sample() {
        return new Letter("宁晋县人民政府办公室", "政府信息公开申请答复书", "宁政办答〔2024〕12号", "王<小&明>：",
                List.of("本机关于2024年2月1日收到您提出的政府信息公开申请，您申请获取\"2023年度宁晋县土地征收补偿方案\"。经审查，现答复如下：",
                        "您申请获取的信息属于主动公开范围，已在本机关门户网站“政府信息公开”栏目公开，根据《中华人民共和国政府信息公开条例》第三十六条第（一）项的规定，您可以登录该网站查阅。",
                        "如您对本答复不服，可以在收到本答复之日起60日内向邢台市人民政府申请行政复议，或者在6个月内向人民法院提起行政诉讼。"),
                "特此告知。", "2024年3月1日");
    }

    @Test
    void everyPartOfTheLetterIsPrintedAsText() throws IOException {
        Letter letter = sample();

        String text = squeezed(text(letters.render(letter)));

        assertThat(text).contains(squeezed(letter.title()), squeezed(letter.number()), "王<小&明>：",
                squeezed(letter.closing()), squeezed(letter.date()));
        for (String paragraph : letter.paragraphs()) {
            assertThat(text).contains(squeezed(paragraph));
        }
        assertThat(text.split(letter.issuer(), -1)).as("the issuer at the head and above the date").hasSize(3);
        assertThat(text.indexOf(letter.issuer())).isLessThan(text.indexOf(letter.title()));
        assertThat(text.indexOf(letter.closing())).isLessThan(text.lastIndexOf(letter.issuer()));
        assertThat(text.lastIndexOf(letter.issuer())).isLessThan(text.indexOf(letter.date()));
    }

    @Test
    void everyFontIsEmbeddedAndThePageIsA4() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(letters.render(sample()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));

            List<PDFont> fonts = fonts(pdf);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as("%s is embedded", font.getName()).isTrue();
                assertThat(font).isInstanceOf(PDType0Font.class);
            });
            assertThat(fonts).extracting(PDFont::getName)
                    .anySatisfy(name -> assertThat(name).endsWith("+NotoSerifSC-Regular"))
                    .anySatisfy(name -> assertThat(name).endsWith("+NotoSerifSC-Bold"));
        }
    }

    @Test
    void theSameLetterGivesTheSameBytes() throws IOException {
        byte[] first = letters.render(sample());
        byte[] again = standalone().render(sample());
        Letter other = new Letter(sample().issuer(), sample().title(), "宁政办答〔2024〕13号", sample().salutation(),
                sample().paragraphs(), sample().closing(), sample().date());

        assertThat(again).isEqualTo(first);
        assertThat(letters.render(other)).isNotEqualTo(first);
        try (PDDocument pdf = Loader.loadPDF(first)) {
            assertThat(pdf.getDocumentInformation().getCreationDate()).isNull();
            assertThat(pdf.getDocumentInformation().getModificationDate()).isNull();
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(sample().title());
        }
    }

    @Test
    void theLetterIsTaggedForScreenReaders() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(letters.render(sample()))) {
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo(sample().issuer());
            assertThat(pdf.getDocumentInformation().getSubject())
                    .isEqualTo("宁晋县人民政府办公室政府信息公开申请答复书（宁政办答〔2024〕12号）");
        }
    }

    @Test
    void aLongLetterKeepsItsLastParagraphWithTheSignature() throws IOException {
        List<String> paragraphs = new ArrayList<>(Collections.nCopies(14, sample().paragraphs().get(1)));
        paragraphs.add("最后一段：以上信息请您查收。");
        Letter letter = new Letter(sample().issuer(), sample().title(), sample().number(), sample().salutation(),
                paragraphs, null, sample().date());

        try (PDDocument pdf = Loader.loadPDF(letters.render(letter))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pdf.getNumberOfPages());
            stripper.setEndPage(pdf.getNumberOfPages());
            String lastPage = squeezed(stripper.getText(pdf));
            assertThat(lastPage).contains("最后一段：以上信息请您查收。", sample().issuer(), sample().date())
                    .contains("—" + pdf.getNumberOfPages() + "—");
            assertThat(squeezed(text(pdf))).doesNotContain("特此告知");
        }
    }

    /** A decision's last paragraph, the remedy clause, fills its page rather than leaving a third of it blank. */
    @Test
    void onlyTheClosingWaitsForTheSignaturesPage() throws IOException {
        Letter letter = new Letter("演示县人民政府办公室", "政府信息公开申请答复书", "演示县人民政府办公室答〔2026〕1号", "张三：",
                List.of("本机关于2026年12月6日收到您提出的政府信息公开申请（申请编号：DEMO-2026-00001），申请获取“本县2026年度"
                        + "集体土地征收补偿标准的文件（浏览器测试 1796529417253）”。",
                        "经审查，您申请获取的政府信息属于可以公开的政府信息。依照《中华人民共和国政府信息公开条例》第三十六条第（二）"
                                + "项的规定，本机关决定予以公开，并按您申请的形式向您提供该政府信息。",
                        "如对本答复不服，可以自收到本答复之日起六十日内向有权受理的行政复议机关申请行政复议，或者自知道或者应当知道之"
                                + "日起六个月内向有管辖权的人民法院提起行政诉讼。"),
                "特此答复。", "2026年12月6日");

        try (PDDocument pdf = Loader.loadPDF(letters.render(letter))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(squeezed(stripper.getText(pdf))).contains("如对本答复不服");
            stripper.setStartPage(pdf.getNumberOfPages());
            stripper.setEndPage(pdf.getNumberOfPages());
            assertThat(squeezed(stripper.getText(pdf))).contains("特此答复。", "2026年12月6日");
        }
    }

    @Test
    void charactersXmlCannotCarryAreLeftOut() throws IOException {
        Letter letter = new Letter(sample().issuer(), sample().title(), sample().number(), "王\u0001小明\uFFFF：",
                List.of("正文\u0007一段。"), sample().closing(), sample().date());

        String text = squeezed(text(letters.render(letter)));

        assertThat(text).contains("王小明：", "正文一段。");
    }

    /**
     * Letters print in the shipped faces cut down to the common characters; a character beyond them
     * (堃, 喆 and 玥 are in GBK, not GB 2312) prints from the whole face, in the body and the heading.
     */
    @Test
    void aRareCharacterPrintsFromTheWholeFace() throws IOException {
        String rare = "堃喆玥";
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        assertThat(rare.chars().noneMatch(c -> gb2312.canEncode((char) c))).isTrue();
        Letter common = sample();
        Letter named = new Letter("宁晋县" + rare + "办公室", common.title(), common.number(), "王" + rare + "：",
                common.paragraphs(), common.closing(), common.date());

        try (PDDocument pdf = Loader.loadPDF(letters.render(named))) {
            assertThat(squeezed(text(pdf))).contains("王" + rare + "：", "宁晋县" + rare + "办公室");
            assertThat(fonts(pdf)).extracting(PDFont::getName).filteredOn(name -> name.endsWith("+NotoSerifSC-Regular"))
                    .as("the common face and the whole one").hasSize(2);
            assertThat(fonts(pdf)).extracting(PDFont::getName).filteredOn(name -> name.endsWith("+NotoSerifSC-Bold"))
                    .hasSize(2);
        }
        try (PDDocument pdf = Loader.loadPDF(letters.render(common))) {
            assertThat(fonts(pdf)).as("the whole faces, loaded only for a letter that needs them").hasSize(2);
        }
    }

    /** The shipped bold stands in for an agency's 仿宋 here: the text is then printed in it alone. */
    @Test
    void aConfiguredFontTakesThePlaceOfTheShippedOne(@TempDir Path dir) throws IOException {
        Path fangsong = dir.resolve("fangsong.ttf");
        try (InputStream in = LetterPdfTest.class.getClassLoader().getResourceAsStream(LetterFonts.SHIPPED_BOLD)) {
            Files.copy(in, fangsong);
        }
        LetterPdf agencyLetters = new LetterPdf(template(),
                LetterFonts.load(Optional.of(fangsong), Optional.empty()));

        try (PDDocument pdf = Loader.loadPDF(agencyLetters.render(sample()))) {
            assertThat(fonts(pdf)).extracting(PDFont::getName).isNotEmpty()
                    .allSatisfy(name -> assertThat(name).endsWith("+NotoSerifSC-Bold"));
            assertThat(squeezed(text(pdf))).contains(squeezed(sample().paragraphs().get(2)));
        }
    }

    @Test
    void aConfiguredFontMustBeTrueType(@TempDir Path dir) throws IOException {
        Path cff = Files.write(dir.resolve("fangsong.otf"), new byte[] { 'O', 'T', 'T', 'O', 0, 9, 0, 0 });
        Path text = Files.writeString(dir.resolve("fangsong.ttf"), "not a font");
        Path trueType = Files.write(dir.resolve("song.ttf"), new byte[] { 0, 1, 0, 0, 0, 9, 0, 0 });

        assertThatThrownBy(() -> LetterFonts.check(cff)).hasMessageContaining("CFF outlines");
        assertThatThrownBy(() -> LetterFonts.check(text)).hasMessageContaining("is not a TrueType font");
        assertThatThrownBy(() -> LetterFonts.check(dir.resolve("missing.ttf"))).hasMessageContaining("cannot be read");
        LetterFonts.check(trueType);
    }

    /** Writes the sample to target/letters (PDF and a 100 dpi PNG of its page) for a person to look at. */
    @Test
    void theSampleIsWrittenForReview() throws IOException {
        byte[] pdf = letters.render(sample());
        Path dir = Files.createDirectories(Path.of("target", "letters"));
        Files.write(dir.resolve("sample-letter.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
            ImageIO.write(page, "png", dir.resolve("sample-letter.png").toFile());

            assertThat(page.getWidth()).as("A4 at 100 dpi").isCloseTo(827, within(1));
            assertThat(redPixels(page, 0, page.getHeight() / 4)).as("the issuer's name in red at the head")
                    .isPositive();
            assertThat(redPixels(page, page.getHeight() / 4, page.getHeight())).isZero();
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return text(document);
        }
    }

    static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    /** Without the line breaks and spaces that justified lines put into the extracted text. */
    static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    private static int redPixels(BufferedImage image, int fromY, int toY) {
        int red = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r > 150 && g < 80 && b < 80) {
                    red++;
                }
            }
        }
        return red;
    }
}
