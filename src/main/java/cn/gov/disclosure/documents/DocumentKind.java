package cn.gov.disclosure.documents;

/**
 * The letters the Regulations require in writing (NOTICES.md §1), each worded by its template
 * {@code templates/letters/KIND.txt}; a decision's by its outcome's, {@code letters/decision/OUTCOME.txt}.
 * Each kind has a series of numbers of its own per agency and year, under its code in the number
 * ({@code disclosure.documents.codes}).
 */
public enum DocumentKind {
    /** 接收回执, Arts 29–31: on registration. */
    RECEIPT,
    /** 补正告知书, Art 30. */
    CORRECTION_NOTICE,
    /** 延期答复告知书, Art 33 ¶2. */
    EXTENSION_NOTICE,
    /** 征求意见书 to the third party, Art 32: it does not name the applicant. */
    CONSULTATION_LETTER,
    /** 征求意见告知书 to the applicant, Art 33 ¶3: it does not name the third party. */
    CONSULTATION_NOTICE,
    /** 收费通知书, 国办函〔2020〕109号. */
    FEE_NOTICE,
    /** 答复书 or 告知书, Arts 36–39, worded for the outcome, with the remedy clause. */
    DECISION;

    /** Whether the applicant receives it, and may fetch it with the query code: all but the third party's letter. */
    public boolean addressedToApplicant() {
        return this != CONSULTATION_LETTER;
    }
}
