package cn.gov.disclosure.documents;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The fonts letters are printed in. Unset, the service prints in the Noto Serif SC it ships (SIL
 * Open Font License); an agency that holds a licence for the faces of GB/T 9704 (仿宋_GB2312 for the
 * text, 方正小标宋 for the title) names their files here. Both must have TrueType outlines: PDFBox
 * cannot embed CFF-outlined OpenType (.otf, Noto CJK's own builds).
 */
@ConfigMapping(prefix = "disclosure.letters")
public interface LettersConfig {

    /** A .ttf (or .ttc) for the text; characters it lacks are printed in the shipped font. */
    Optional<Path> fontPath();

    /** A .ttf (or .ttc) for the issuer's name at the head and the title; else the shipped bold. */
    Optional<Path> headingFontPath();
}
