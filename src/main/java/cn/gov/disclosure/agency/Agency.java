package cn.gov.disclosure.agency;

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
}
