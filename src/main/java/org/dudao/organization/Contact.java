package org.dudao.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person to reach at a unit; at most one per unit is its liaison (督学联络员, §4). */
@Entity
@Table(name = "unit_contact")
class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private Long version;
    private Long unitId;
    private String name;
    private String title;
    private String email;
    private String phone;
    private String userId;
    /** The unit id when this contact is the unit's liaison; a unique key keeps it to one. */
    private Long liaisonOf;

    protected Contact() {
    }

    Contact(Long unitId) {
        this.unitId = unitId;
    }

    void describe(String name, String title, String email, String phone, String userId) {
        this.name = name;
        this.title = title;
        this.email = email;
        this.phone = phone;
        this.userId = userId;
    }

    void liaison(boolean liaison) {
        this.liaisonOf = liaison ? unitId : null;
    }

    boolean isLiaison() {
        return liaisonOf != null;
    }

    Long getId() {
        return id;
    }

    Long getUnitId() {
        return unitId;
    }

    String getName() {
        return name;
    }

    String getTitle() {
        return title;
    }

    String getEmail() {
        return email;
    }

    String getPhone() {
        return phone;
    }

    String getUserId() {
        return userId;
    }

    @Override
    public String toString() {
        return "Contact " + id + " " + name;
    }
}
