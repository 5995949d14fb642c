package cn.gov.disclosure.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.common.Downloads;

/** A client's file name is kept as a name, never as a path or a disguise. */
class FileNamesTest {

    @Test
    void aPlainNameIsKeptAsItCame() {
        assertThat(FileNames.clean("政府信息公开申请表.PDF", FileType.PDF)).isEqualTo("政府信息公开申请表.PDF");
        assertThat(FileNames.clean("身份证 正面.jpeg", FileType.JPEG)).isEqualTo("身份证 正面.jpeg");
    }

    @Test
    void pathPartsAreDropped() {
        assertThat(FileNames.clean("C:\\Users\\张三\\Desktop\\申请表.pdf", FileType.PDF)).isEqualTo("申请表.pdf");
        assertThat(FileNames.clean("../../etc/passwd", FileType.TEXT)).isEqualTo("passwd.txt");
        assertThat(FileNames.clean("..", FileType.PDF)).isEqualTo("材料.pdf");
        assertThat(FileNames.clean("dir/", FileType.PDF)).isEqualTo("材料.pdf");
    }

    @Test
    void controlAndFormatCharactersAndReservedOnesGo() {
        assertThat(FileNames.clean("申请\u0000表\r\n.pdf", FileType.PDF)).isEqualTo("申请表.pdf");
        // A right-to-left override shows "invoice\u202Efdp.exe" as "invoiceexe.pdf".
        assertThat(FileNames.clean("invoice\u202Efdp.exe", FileType.PDF)).isEqualTo("invoicefdp.exe.pdf");
        assertThat(FileNames.clean("a<b>:\"c\"|?*.pdf", FileType.PDF)).isEqualTo("a_b___c____.pdf");
        assertThat(FileNames.clean("  申请表.pdf. . ", FileType.PDF)).isEqualTo("申请表.pdf");
        assertThat(FileNames.clean("\ud800.pdf", FileType.PDF)).as("an unpaired surrogate").isEqualTo("材料.pdf");
        assertThat(FileNames.clean(null, FileType.PNG)).isEqualTo("材料.png");
    }

    @Test
    void aNameThatSaysAnotherTypeGetsItsOwnTypesExtension() {
        assertThat(FileNames.clean("run.bat", FileType.TEXT)).isEqualTo("run.bat.txt");
        assertThat(FileNames.clean("扫描件.png", FileType.JPEG)).isEqualTo("扫描件.png.jpg");
        assertThat(FileNames.clean("扫描件", FileType.TIFF)).isEqualTo("扫描件.tif");
    }

    @Test
    void aLongNameIsCutKeepingItsExtension() {
        String cut = FileNames.clean("很".repeat(500) + ".docx", FileType.DOCX);
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(FileNames.MAX_LENGTH);
        assertThat(cut).endsWith("很.docx");
        String emoji = FileNames.clean("\ud83d\ude00".repeat(300), FileType.PDF);
        assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(FileNames.MAX_LENGTH);
        assertThat(emoji).endsWith("\ud83d\ude00.pdf").doesNotContain("\ufffd");
    }

    @Test
    void aDownloadIsSavedUnderItsNameInUtf8WithAnAsciiStandIn() {
        String disposition = Downloads.contentDisposition("attachment", "申请表 \"第1版\".pdf");
        assertThat(disposition).startsWith("attachment; filename=\"___ __1__.pdf\"; filename*=UTF-8''");
        String encoded = disposition.substring(disposition.indexOf("''") + 2);
        assertThat(encoded).matches("[A-Za-z0-9!#$&+\\-.^_`|~%]+");
        assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8))
                .isEqualTo("申请表 \"第1版\".pdf");
    }
}
