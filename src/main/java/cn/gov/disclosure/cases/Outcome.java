package cn.gov.disclosure.cases;

/**
 * How a case ended: one code for each leaf row of section 三 of the annual report (DOMAIN.md §2.2, §3).
 * The order is the table's.
 */
public enum Outcome {
    GRANTED,
    PARTIALLY_GRANTED,
    WITHHELD_STATE_SECRET,
    WITHHELD_PROHIBITED_BY_LAW,
    WITHHELD_SECURITY_STABILITY,
    WITHHELD_THIRD_PARTY_RIGHTS,
    WITHHELD_INTERNAL_AFFAIRS,
    WITHHELD_PROCESS_INFORMATION,
    WITHHELD_ENFORCEMENT_FILE,
    WITHHELD_QUERY_MATTER,
    UNAVAILABLE_NOT_HELD,
    UNAVAILABLE_NEEDS_CREATION,
    UNAVAILABLE_STILL_UNCLEAR,
    NOT_PROCESSED_PETITION,
    NOT_PROCESSED_REPEAT,
    NOT_PROCESSED_PUBLICATION,
    NOT_PROCESSED_EXCESSIVE,
    NOT_PROCESSED_CONFIRMATION,
    OTHER_NO_CORRECTION,
    OTHER_FEE_UNPAID,
    OTHER;

    /**
     * The provision of the Regulations (《政府信息公开条例》) the outcome rests on (DOMAIN.md §3), for
     * the decision form and the answer; [B] marks a mapping a domain owner still has to confirm.
     */
    public String basis() {
        return switch (this) {
            case GRANTED -> "第三十六条第（二）项；已主动公开的，第三十六条第（一）项";
            case PARTIALLY_GRANTED -> "第三十七条";
            case WITHHELD_STATE_SECRET -> "第十四条（依法确定为国家秘密）";
            case WITHHELD_PROHIBITED_BY_LAW -> "第十四条（法律、行政法规禁止公开）";
            case WITHHELD_SECURITY_STABILITY -> "第十四条（危及国家安全、公共安全、经济安全、社会稳定）";
            case WITHHELD_THIRD_PARTY_RIGHTS -> "第十五条，程序见第三十二条";
            case WITHHELD_INTERNAL_AFFAIRS -> "第十六条第一款";
            case WITHHELD_PROCESS_INFORMATION, WITHHELD_ENFORCEMENT_FILE -> "第十六条第二款";
            case WITHHELD_QUERY_MATTER -> "第三十六条第（七）项 [B]";
            case UNAVAILABLE_NOT_HELD -> "第三十六条第（四）项；非本机关负责的，第三十六条第（五）项 [B]";
            case UNAVAILABLE_NEEDS_CREATION -> "第三十八条";
            case UNAVAILABLE_STILL_UNCLEAR -> "第三十条、第三十六条";
            case NOT_PROCESSED_PETITION -> "第三十九条第一款";
            case NOT_PROCESSED_REPEAT -> "第三十六条第（六）项";
            case NOT_PROCESSED_PUBLICATION -> "第三十九条第二款";
            case NOT_PROCESSED_EXCESSIVE -> "第三十五条";
            case NOT_PROCESSED_CONFIRMATION -> "无明确条款 [B]";
            case OTHER_NO_CORRECTION -> "第三十条";
            case OTHER_FEE_UNPAID -> "第四十二条；《政府信息公开信息处理费管理办法》";
            case OTHER -> "撤回申请等（条例未规定）[B]";
        };
    }

    /** The two outcomes that only the process's own timers give. */
    public boolean isLapse() {
        return this == OTHER_NO_CORRECTION || this == OTHER_FEE_UNPAID;
    }
}
