package org.dudao.notification;

/** Why a person receives a notice. */
public enum RecipientRole {

    UNIT_CONTACT("责任单位联络员"),
    UNIT_LEADER("责任单位负责人"),
    SUPERVISING_DEPARTMENT("主管部门"),
    DISCIPLINE("县纪委监委"),
    ORGANIZATION("县委组织部"),
    PERFORMANCE_OFFICE("目标绩效办"),
    LEADERSHIP("县委县政府"),
    EDUCATION_BUREAU("县教科体局"),
    PUBLIC_SECURITY("县公安局"),
    COMMITTEE("督导委员会"),
    INSPECTOR("督学"),
    OFFICE("督导办");

    private final String label;

    RecipientRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
