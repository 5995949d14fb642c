package cn.gov.disclosure.documents;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import cn.gov.disclosure.cases.Outcome;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How letters are numbered and which remedy clause they print; the [B] items of NOTICES.md are settings here. */
@ConfigMapping(prefix = "disclosure.documents")
public interface DocumentConfig {

    /**
     * [B] The document number: {@code {prefix}} the agency profile's document prefix, {@code {code}}
     * the kind's code, {@code {year}} the year of issue, {@code {n}} the place in the series (GB/T
     * 9704: no 第, no padding). A pattern without {@code {code}} still numbers each kind apart.
     */
    @WithDefault("{prefix}{code}〔{year}〕{n}号")
    String numberPattern();

    /** [B] Each kind's code in the number (答, 补, 延…); every kind must have one. */
    Map<DocumentKind, String> codes();

    /**
     * The day the revised 行政复议法 took effect: from it, an answer that withholds information
     * may be challenged in court only after a reconsideration (复议前置).
     */
    @WithDefault("2024-01-01")
    LocalDate reconsiderationFirstFrom();

    /** [B] The outcomes that the revised law sends to reconsideration first: every 不予公开, and 部分公开. */
    @WithDefault("PARTIALLY_GRANTED,WITHHELD_STATE_SECRET,WITHHELD_PROHIBITED_BY_LAW,WITHHELD_SECURITY_STABILITY,"
            + "WITHHELD_THIRD_PARTY_RIGHTS,WITHHELD_INTERNAL_AFFAIRS,WITHHELD_PROCESS_INFORMATION,"
            + "WITHHELD_ENFORCEMENT_FILE,WITHHELD_QUERY_MATTER")
    Set<Outcome> reconsiderationFirstOutcomes();

    /**
     * [B] The outcomes whose letter carries no remedy clause: closing a case without a finding on
     * the information (SFB Art 3; NOTICES.md §2.7, 六).
     */
    @WithDefault("OTHER,OTHER_NO_CORRECTION,OTHER_FEE_UNPAID")
    Set<Outcome> withoutRemedy();
}
