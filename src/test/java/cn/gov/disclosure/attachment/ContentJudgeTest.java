package cn.gov.disclosure.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.disclosure.support.SampleFiles;
import cn.gov.disclosure.support.SampleFiles.Sample;

/** A file's type is told by its bytes, whatever it is called. */
class ContentJudgeTest {

    @TempDir
    Path dir;

    @Test
    void everyTypeTakenIsKnownByItsContentUnderAnyName() throws IOException {
        for (Map.Entry<String, Sample> sample : SampleFiles.accepted().entrySet()) {
            FileType type = FileType.valueOf(sample.getKey());
            assertThat(judge(sample.getValue().bytes(), "upload.bin")).as(sample.getKey()).contains(type);
            assertThat(type.mediaType()).as(sample.getKey()).isEqualTo(sample.getValue().contentType());
        }
    }

    @Test
    void filesOfOtherTypesAreNoneWhatTheirNamesSay() throws IOException {
        for (Map.Entry<String, Sample> sample : SampleFiles.refused().entrySet()) {
            assertThat(judge(sample.getValue().bytes(), sample.getValue().name())).as(sample.getKey()).isEmpty();
        }
    }

    @Test
    void brokenContainersAreNoType() throws IOException {
        byte[] docx = SampleFiles.accepted().get("DOCX").bytes();
        byte[] xls = SampleFiles.accepted().get("XLS").bytes();
        assertThat(judge(java.util.Arrays.copyOf(docx, docx.length / 2), "cut.docx")).isEmpty();
        assertThat(judge(java.util.Arrays.copyOf(xls, 600), "cut.xls")).isEmpty();
        assertThat(judge(new byte[0], "empty.txt")).isEmpty();
    }

    @Test
    void textIsUtf8WithoutControlCharactersAndNotMarkup() {
        assertThat(ContentJudge.text("申请人：张三\n\t日期：2026-06-15\f".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(ContentJudge.text(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'o', 'k' })).isTrue();
        assertThat(ContentJudge.text("申请".getBytes(java.nio.charset.Charset.forName("GBK")))).as("GBK").isFalse();
        assertThat(ContentJudge.text("a\u0000b".getBytes())).as("NUL").isFalse();
        assertThat(ContentJudge.text("a\u001bb".getBytes())).as("ESC").isFalse();
        assertThat(ContentJudge.text("  \n <html>".getBytes())).as("markup").isFalse();
        assertThat(ContentJudge.text(" \n ".getBytes())).as("blank").isFalse();
    }

    private Optional<FileType> judge(byte[] bytes, String name) throws IOException {
        Path file = Files.createTempFile(dir, "upload", null);
        Files.write(file, bytes);
        return ContentJudge.judge(file);
    }
}
