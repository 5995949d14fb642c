package cn.gov.disclosure.ledger;

import java.time.LocalDate;

import cn.gov.disclosure.cases.ApplicantType;
import cn.gov.disclosure.cases.Channel;
import cn.gov.disclosure.cases.DeliveryForm;
import cn.gov.disclosure.cases.FeeMethod;
import cn.gov.disclosure.cases.Outcome;

/** One application as a row of sheet 申请: what it is and the day of each step taken ({@link LedgerLayout.Column}). */
record LedgerEntry(String number, ApplicantType applicantType, String applicantName, String idNumber, String phone,
        String email, String address, Channel channel, LocalDate receivedOn, String description,
        DeliveryForm deliveryForm, String department, LocalDate acceptedOn, LocalDate correctionRequestedOn,
        LocalDate correctionDueOn, LocalDate correctedOn, LocalDate consultedOn, LocalDate consultationRepliedOn,
        LocalDate extendedOn, LocalDate feeNotifiedOn, FeeMethod feeMethod, Integer feePages, LocalDate feePaidOn,
        LocalDate closedOn, Outcome outcome) {
}
