package cn.gov.disclosure.agency;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A government body that answers applications; agencies form a tree (a county and its departments). */
@Entity
public class Agency extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "parent_code")
    public String parentCode;

    // What its letters print about the issuer (its profile); empty until an admin or its office fills it in.

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "document_prefix")
    public String documentPrefix;

    public String address;

    public String postcode;

    public String phone;

    @Column(name = "reconsideration_body")
    public String reconsiderationBody;

    public String court;

    /** Whether applicants may apply to it online ({@code /apply}); it is offered there only then. */
    @Column(name = "accepts_online")
    public boolean acceptsOnline = true;

    /** This agency's code and those of every agency below it, at any depth. */
    @SuppressWarnings("unchecked")
    public static List<String> codesWithSubordinates(String code) {
        return getEntityManager().createNativeQuery("""
                with recursive tree (code) as (
                    select code from agency where code = ?1
                    union
                    select a.code from agency a join tree t on a.parent_code = t.code)
                select code from tree order by code
                """, String.class).setParameter(1, code).getResultList();
    }
}
