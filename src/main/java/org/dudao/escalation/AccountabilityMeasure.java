package org.dudao.escalation;

/** Measures of accountability (问责, §14). */
public enum AccountabilityMeasure {
    CRITICISM("批评教育"),
    CIRCULATED_CRITICISM("通报批评"),
    ORDERED_SELF_EXAMINATION("责令检查"),
    ADMONISHMENT("诫勉"),
    PERFORMANCE_DEDUCTION("目标绩效考核扣分"),
    ORGANIZATIONAL_ADJUSTMENT("组织调整"),
    DISCIPLINARY_SANCTION("党纪政务处分"),
    REPLACE_PRINCIPAL("撤换民办学校相关负责人");

    private final String label;

    AccountabilityMeasure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
