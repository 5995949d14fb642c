package cn.gov.disclosure.agency;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A unit of an agency that handles (承办) applications. */
@Entity
public class Department extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agency_code")
    public String agencyCode;

    public String code;

    public String name;

    public static Optional<Department> findByCode(String agencyCode, String code) {
        return find("agencyCode = ?1 and code = ?2", agencyCode, code).firstResultOptional();
    }
}
