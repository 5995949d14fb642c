package cn.gov.disclosure.documents;

import java.util.List;

/**
 * A 送达回证 as printed (NOTICES.md §0.4): the letter served, to whom, where and how, then the
 * boxes filled in by hand (the recipient's signature or seal, a proxy's reason, the witness, the
 * server), the remarks, and the issuer with the date. Every part is plain text, worded already;
 * what is not known yet is null and printed as an empty box or a date to fill in.
 *
 * @param issuer the issuing agency's full name, which serves the letter
 * @param title the letter's title (送达文书名称)
 * @param number the letter's number (文号)
 * @param recipient to whom it is served (受送达人)
 * @param place where it is served (送达地点): the applicant's address for post, else null
 * @param methods each service recorded, worded (邮寄送达，2025年3月5日交邮), in the order served
 * @param receivedOn the day it was signed for (签收日期), in Chinese, or null
 * @param remarks tracking numbers, Message-IDs, who signed (备注)
 * @param date the day of the last service, in Chinese, or null
 */
public record ServiceReceipt(String issuer, String title, String number, String recipient, String place,
        List<String> methods, String receivedOn, List<String> remarks, String date) {

    public ServiceReceipt {
        methods = List.copyOf(methods);
        remarks = List.copyOf(remarks);
    }
}
