package cn.gov.disclosure.security;

import java.time.Clock;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.disclosure.agency.AgencyService;
import cn.gov.disclosure.agency.Department;
import cn.gov.disclosure.common.Refusal;

/**
 * Creates accounts. Every user but a service-wide admin belongs to an existing agency, and a
 * handler to one of its departments.
 */
@ApplicationScoped
@Transactional
public class UserService {

    @Inject
    Clock clock;

    @Inject
    AgencyService agencies;

    /** A new user; {@code department} is a code within {@code agency}. */
    public AppUser create(String username, String password, Set<String> roles, String agency, String department) {
        boolean adminOnly = roles.equals(Set.of(Roles.ADMIN));
        if (agency == null && !adminOnly) {
            throw Refusal.ofField("agency", UserRefusal.AGENCY_OF_USER_REQUIRED);
        }
        if (agency != null) {
            agencies.requireAgency("agency", agency);
        }
        Department found = null;
        if (department != null) {
            found = agencies.department(agency, department);
        } else if (roles.contains(Roles.HANDLER)) {
            throw Refusal.ofField("department", UserRefusal.DEPARTMENT_OF_HANDLER_REQUIRED);
        }
        if (AppUser.findByUsername(username).isPresent()) {
            throw Refusal.of(UserRefusal.EXISTS, "username", username);
        }
        return AppUser.create(username, password, roles, agency, found == null ? null : found.id, clock.instant());
    }

    /** The code of the user's department, or null if it has none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String departmentCode(AppUser user) {
        Department department = user.departmentId == null ? null : Department.findById(user.departmentId);
        return department == null ? null : department.code;
    }
}
