package cn.gov.disclosure.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The service's own renderer: Quarkus's Qute engine and configuration print what LetterPdfTest checks. */
@QuarkusTest
class LetterPdfServiceTest {

    @Inject
    LetterPdf letters;

    @Test
    void theServicePrintsTheLetterAsTheStandaloneRendererDoes() throws IOException {
        byte[] pdf = letters.render(LetterPdfTest.sample());

        assertThat(LetterPdfTest.squeezed(LetterPdfTest.text(pdf))).contains("王<小&明>：");
        assertThat(pdf).isEqualTo(LetterPdfTest.standalone().render(LetterPdfTest.sample()));
    }
}
