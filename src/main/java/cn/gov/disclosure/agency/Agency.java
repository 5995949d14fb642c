package cn.gov.disclosure.agency;

import java.util.ArrayList;
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

    /** The agency and every agency below it, for consolidated figures. */
    public static List<String> codesWithSubordinates(String code) {
        List<String> codes = new ArrayList<>(List.of(code));
        for (int i = 0; i < codes.size(); i++) {
            codes.addAll(find("parentCode", codes.get(i)).<Agency> list().stream().map(a -> a.code).toList());
        }
        return codes;
    }
}
