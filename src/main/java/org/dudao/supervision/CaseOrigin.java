package org.dudao.supervision;

/** Why a case was opened (DESIGN: annual plan, cadence, or ad hoc). */
public enum CaseOrigin {
    ANNUAL_PLAN("年度计划"),
    CADENCE("常态化周期"),
    SPECIAL_TOPIC("专项任务"),
    EMERGENCY("突发事件"),
    COMPLAINT("群众反映"),
    RANDOM_DRAW("随机抽取"),
    HIGHER_LEVEL("上级交办");

    private final String label;

    CaseOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
