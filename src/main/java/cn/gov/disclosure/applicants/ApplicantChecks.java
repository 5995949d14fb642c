package cn.gov.disclosure.applicants;

import java.util.regex.Pattern;

import cn.gov.disclosure.cases.ApplicantType;
import cn.gov.disclosure.cases.CaseRequests;
import cn.gov.disclosure.common.Refusal;

/**
 * What an applicant's own form checks beyond the registration's rules, so that a typing mistake
 * is caught while the applicant is still there: the check digit of a resident identity number
 * (GB 11643) for a person, of a unified social credit code (GB 32100) for an organisation, and
 * the shape of a phone number and an e-mail address. A clerk keys in what lies on paper and may
 * meet a passport or an old organisation code, so the staff registration does not check these.
 */
final class ApplicantChecks {

    private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] RESIDENT_ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String RESIDENT_ID_CHECKS = "10X98765432";
    private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");
    private static final int[] CREDIT_CODE_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    /** A mobile (11 digits from 1) or a fixed line with its area code, dashes and an extension allowed. */
    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private ApplicantChecks() {
    }

    /** Refuses the first field that fails, by its name in the form ({@code applicant.idNumber}). */
    static void check(CaseRequests.Applicant applicant) {
        String idNumber = blankToNull(applicant.idNumber());
        if (idNumber == null) {
            throw Refusal.ofField("applicant.idNumber", PublicRefusal.ID_NUMBER_REQUIRED);
        }
        if (applicant.type() == ApplicantType.NATURAL_PERSON ? !residentId(idNumber) : !creditCode(idNumber)) {
            throw Refusal.ofField("applicant.idNumber", applicant.type() == ApplicantType.NATURAL_PERSON
                    ? PublicRefusal.RESIDENT_ID_INVALID : PublicRefusal.CREDIT_CODE_INVALID);
        }
        String phone = blankToNull(applicant.phone());
        if (phone == null || !PHONE.matcher(phone.replace(" ", "")).matches()) {
            throw Refusal.ofField("applicant.phone", PublicRefusal.PHONE_INVALID);
        }
        String email = blankToNull(applicant.email());
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw Refusal.ofField("applicant.email", PublicRefusal.EMAIL_INVALID);
        }
    }

    /** GB 11643: 17 digits and a check character, the weighted sum's remainder mod 11 looked up. */
    static boolean residentId(String number) {
        String id = number.toUpperCase();
        if (!RESIDENT_ID.matcher(id).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * RESIDENT_ID_WEIGHTS[i];
        }
        return RESIDENT_ID_CHECKS.charAt(sum % 11) == id.charAt(17);
    }

    /** GB 32100: 17 characters of a 31-letter alphabet and a check character, the weighted sum mod 31. */
    static boolean creditCode(String code) {
        String c = code.toUpperCase();
        if (!CREDIT_CODE.matcher(c).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CODE_ALPHABET.indexOf(c.charAt(i)) * CREDIT_CODE_WEIGHTS[i];
        }
        return CREDIT_CODE_ALPHABET.charAt((31 - sum % 31) % 31) == c.charAt(17);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
