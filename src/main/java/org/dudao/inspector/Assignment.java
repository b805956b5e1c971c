package org.dudao.inspector;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The responsible inspector of a school (责任督学挂牌, §4): one per school. */
@Entity
@Table(name = "school_assignment")
class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private Long version;
    private Long schoolId;
    private Long inspectorId;
    private LocalDate assignedOn;

    protected Assignment() {
    }

    Assignment(Long schoolId, Long inspectorId, LocalDate assignedOn) {
        this.schoolId = schoolId;
        this.inspectorId = inspectorId;
        this.assignedOn = assignedOn;
    }

    Long getSchoolId() {
        return schoolId;
    }

    Long getInspectorId() {
        return inspectorId;
    }

    LocalDate getAssignedOn() {
        return assignedOn;
    }
}
