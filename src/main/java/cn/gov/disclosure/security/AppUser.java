package cn.gov.disclosure.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.config.ConfigProvider;

import cn.gov.disclosure.common.StoredText;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person who signs in: one agency (none for a service-wide admin), and for handlers one department. */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    /** Bcrypt in modular crypt format; the clear password is never stored or logged. */
    @Column(name = "password_hash")
    public String passwordHash;

    /** Comma-separated. */
    public String roles;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "department_id")
    public Long departmentId;

    @Column(name = "created_at")
    public Instant createdAt;

    /**
     * bcrypt's cost: each step doubles the time to check a password (about 100 ms at 10 on a 2-core
     * server). {@link VerifiedPasswords} spares repeated requests that check.
     */
    static final int DEFAULT_HASH_COST = 10;

    /** A new user, created at {@code createdAt} (the service's clock, read by the caller). */
    public static AppUser create(String username, String password, Set<String> roles, String agencyCode,
            Long departmentId, Instant createdAt) {
        AppUser user = new AppUser();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password, ConfigProvider.getConfig()
                .getOptionalValue("disclosure.password-hash-cost", Integer.class).orElse(DEFAULT_HASH_COST));
        user.roles = String.join(",", roles.stream().sorted().toList());
        user.agencyCode = agencyCode;
        user.departmentId = departmentId;
        user.createdAt = createdAt;
        user.persist();
        return user;
    }

    /**
     * Whether a name as typed at sign-in could be a user's at all: at most the column's 64
     * characters, and no NUL, which PostgreSQL cannot hold or look up. Any other is refused
     * without asking the database.
     */
    static boolean couldBeAUsername(String name) {
        return name.length() <= 64 && StoredText.storable(name);
    }

    public static Optional<AppUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public Set<String> roleSet() {
        return roleSet(roles);
    }

    /** The roles of the comma-separated column. */
    static Set<String> roleSet(String roles) {
        return Arrays.stream(roles.split(",")).map(String::trim).collect(Collectors.toUnmodifiableSet());
    }
}
