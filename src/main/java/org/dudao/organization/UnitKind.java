package org.dudao.organization;

/** What kind of unit is supervised: a township government (§3), a county department (§1, §3), a school or kindergarten (§4). */
public enum UnitKind {
    TOWNSHIP("乡镇人民政府"),
    DEPARTMENT("县级部门"),
    SCHOOL("学校（幼儿园）");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
