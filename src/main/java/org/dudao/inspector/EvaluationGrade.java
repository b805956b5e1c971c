package org.dudao.inspector;

/** The outcome of a periodic evaluation of an inspector (§16). */
public enum EvaluationGrade {
    EXCELLENT("优秀"),
    COMPETENT("称职"),
    BASICALLY_COMPETENT("基本称职"),
    INCOMPETENT("不称职");

    private final String label;

    EvaluationGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
