package cn.gov.disclosure.documents;

import java.util.List;

/**
 * A letter as it is laid out on paper, in the order it is printed: the issuer's full name at the
 * head, the title, the document number, the salutation, the body paragraphs (each indented as a
 * paragraph of an official document), the closing formula, then the issuer and the date at the
 * foot, with room for the seal. Every part is plain text, worded already; the layout adds nothing.
 *
 * @param issuer the issuing agency's full name (宁晋县人民政府办公室)
 * @param title the letter's title (政府信息公开申请答复书)
 * @param number the document number (宁政办答〔2024〕12号)
 * @param salutation the addressee with its colon (张三：)
 * @param paragraphs the body
 * @param closing the closing formula (特此告知。), or null
 * @param date the date of issue written in Chinese (2024年3月1日)
 */
public record Letter(String issuer, String title, String number, String salutation, List<String> paragraphs,
        String closing, String date) {

    public Letter {
        paragraphs = List.copyOf(paragraphs);
    }
}
