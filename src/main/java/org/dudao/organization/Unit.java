package org.dudao.organization;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A supervised unit: a township government, a county department, or a school/kindergarten. */
@Entity
@Table(name = "org_unit")
class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private Long version;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private UnitKind kind;
    private boolean committeeMember;
    private Long townshipId;
    @Enumerated(EnumType.STRING)
    private SchoolKind schoolKind;
    @Enumerated(EnumType.STRING)
    private Ownership ownership;
    private Integer studentCount;
    private String licenceNumber;
    private Long supervisingDepartmentId;
    private String address;
    private Instant createdAt;

    protected Unit() {
    }

    Unit(String code, String name, UnitKind kind) {
        this.code = normalize(code);
        this.name = name;
        this.kind = kind;
        this.createdAt = Instant.now();
    }

    /** Codes are stored in upper case, so the liaison group id derived from a code is unique too. */
    static String normalize(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }

    void describe(String name, boolean committeeMember, String address) {
        this.name = name;
        this.committeeMember = committeeMember;
        this.address = address;
    }

    void schoolDetails(Long townshipId, SchoolKind schoolKind, Ownership ownership, Integer studentCount,
                       String licenceNumber, Long supervisingDepartmentId) {
        this.townshipId = townshipId;
        this.schoolKind = schoolKind;
        this.ownership = ownership;
        this.studentCount = studentCount;
        this.licenceNumber = licenceNumber;
        this.supervisingDepartmentId = supervisingDepartmentId;
    }

    /** The Camunda group of this unit's liaisons. */
    String groupId() {
        return OrganizationService.groupIdOf(code);
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    UnitKind getKind() {
        return kind;
    }

    boolean isCommitteeMember() {
        return committeeMember;
    }

    Long getTownshipId() {
        return townshipId;
    }

    SchoolKind getSchoolKind() {
        return schoolKind;
    }

    Ownership getOwnership() {
        return ownership;
    }

    Integer getStudentCount() {
        return studentCount;
    }

    String getLicenceNumber() {
        return licenceNumber;
    }

    Long getSupervisingDepartmentId() {
        return supervisingDepartmentId;
    }

    String getAddress() {
        return address;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "Unit " + id + " " + code;
    }
}
