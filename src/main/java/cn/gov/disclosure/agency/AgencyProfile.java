package cn.gov.disclosure.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What every letter prints about its issuer, and whether it takes applications online. The
 * prefix begins each document number (宁政办答〔2024〕12号); the reconsideration body and the
 * court are named in the remedy clause.
 */
public record AgencyProfile(
        @Schema(description = "The issuer's full name, at the head and the foot of every letter")
        @NotBlank @Size(max = 200) String fullName,
        @Schema(description = "The agency's short name that begins every document number, e.g. 宁政办: Chinese"
                + " characters, letters and digits")
        @NotBlank @Pattern(regexp = "[\\p{IsHan}A-Za-z0-9]{1,32}") String documentPrefix,
        @Size(max = 500) String address,
        @Pattern(regexp = "[0-9]{6}") String postcode,
        @Size(max = 64) String phone,
        @Schema(description = "The body that hears an administrative reconsideration of the agency's answers")
        @NotBlank @Size(max = 200) String reconsiderationBody,
        @Schema(description = "The court that hears a lawsuit against the agency's answers")
        @NotBlank @Size(max = 200) String court,
        @Schema(description = "Whether applicants may apply to the agency online; left out, they may")
        Boolean acceptsOnline) {

    static AgencyProfile of(Agency a) {
        return new AgencyProfile(a.fullName, a.documentPrefix, a.address, a.postcode, a.phone, a.reconsiderationBody,
                a.court, a.acceptsOnline);
    }

    void applyTo(Agency a) {
        a.fullName = fullName;
        a.documentPrefix = documentPrefix;
        a.address = address;
        a.postcode = postcode;
        a.phone = phone;
        a.reconsiderationBody = reconsiderationBody;
        a.court = court;
        a.acceptsOnline = acceptsOnline == null || acceptsOnline;
    }
}
