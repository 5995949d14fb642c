package cn.gov.disclosure.agency;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import jakarta.inject.Inject;

import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.security.CurrentUser;
import cn.gov.disclosure.security.Roles;

/** Creates and lists agencies and their departments; refuses a code taken or a parent unknown. */
@ApplicationScoped
@Transactional
public class AgencyService {

    @Inject
    CurrentUser user;

    /** A new agency, below {@code parentCode} if given (which must exist). */
    public Agency create(String code, String name, String parentCode) {
        if (Agency.findById(code) != null) {
            throw Refusal.of(AgencyRefusal.EXISTS, "code", code);
        }
        if (parentCode != null) {
            requireAgency("parentCode", parentCode);
        }
        Agency agency = new Agency();
        agency.code = code;
        agency.name = name;
        agency.parentCode = parentCode;
        agency.persist();
        return agency;
    }

    /** Refuses {@code field} unless it names an existing agency. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireAgency(String field, String code) {
        if (Agency.findById(code) == null) {
            throw Refusal.ofField(field, AgencyRefusal.UNKNOWN, "code", code);
        }
    }

    /** The agency's department named in the field {@code department}, which must exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Department department(String agencyCode, String code) {
        return Department.findByCode(agencyCode, code).orElseThrow(() -> Refusal.ofField("department",
                AgencyRefusal.UNKNOWN_DEPARTMENT, "department", code, "code", agencyCode));
    }

    /** The agency's name as people know it; its code where there is no such agency. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String name(String code) {
        return Agency.<Agency> findByIdOptional(code).map(agency -> agency.name).orElse(code);
    }

    /** The agencies applicants may apply to online, by code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Agency> acceptingOnline() {
        return Agency.list("acceptsOnline = true order by code");
    }

    /** Refuses {@code field} unless it names an agency that takes applications online. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireAcceptingOnline(String field, String code) {
        requireAgency(field, code);
        if (!Agency.<Agency> findById(code).acceptsOnline) {
            throw Refusal.ofField(field, AgencyRefusal.NOT_ONLINE, "code", code);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Agency> list() {
        return Agency.listAll();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Department> departments(String agencyCode) {
        return Department.list("agencyCode", agencyCode);
    }

    /** A new department of an existing agency; its code is unique within the agency. */
    public Department createDepartment(String agencyCode, String code, String name) {
        if (Agency.findById(agencyCode) == null) {
            throw Refusal.of(AgencyRefusal.NOT_FOUND, "code", agencyCode);
        }
        if (Department.findByCode(agencyCode, code).isPresent()) {
            throw Refusal.of(AgencyRefusal.DEPARTMENT_EXISTS, "department", code, "code", agencyCode);
        }
        Department department = new Department();
        department.agencyCode = agencyCode;
        department.code = code;
        department.name = name;
        department.persist();
        return department;
    }

    /** The agency's profile, to its own users and admins; an agency the user may not see is unknown. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AgencyProfile profile(String code) {
        return AgencyProfile.of(visible(code));
    }

    /** Replaces the profile: an admin for any agency, the office for its own. */
    public AgencyProfile updateProfile(String code, AgencyProfile profile) {
        Agency agency = visible(code);
        if (!user.hasRole(Roles.OFFICE)) {
            throw Refusal.of(AgencyRefusal.PROFILE_ROLE);
        }
        profile.applyTo(agency);
        // As kept: what was left out reads as its default.
        return AgencyProfile.of(agency);
    }

    private Agency visible(String code) {
        Agency agency = code == null ? null : Agency.findById(code);
        String scope = user.agencyScope();
        if (agency == null || (scope != null && !scope.equals(code))) {
            throw Refusal.of(AgencyRefusal.NOT_FOUND, "code", code);
        }
        return agency;
    }
}
