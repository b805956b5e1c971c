package org.dudao.supervision;

/**
 * What a finding is about: the focus areas of school supervision (§4) and the duties of townships
 * and county departments (§3).
 */
public enum FindingCategory {
    // §4 school supervision
    PARTY_BUILDING("党建及党建带团建队建"),
    TEACHING("教育教学"),
    TEACHER_ETHICS("师德师风"),
    RESOURCE_ALLOCATION("资源配置"),
    FEES("教育收费"),
    ENROLMENT("规范招生"),
    SAFETY("安全稳定"),
    EARLY_CHILDHOOD_CARE("幼儿园保育教育"),
    FIVE_EDUCATIONS("“五育合一”落实"),
    INDUSTRY_COOPERATION("职业教育产教融合校企合作"),
    PRIVATE_SCHOOL_CONDUCT("民办学校（机构）办学行为"),
    PRINCIPAL_PERFORMANCE("校（园）长任期履职"),
    // §3 government duty
    EDUCATION_DUTY("履行教育职责"),
    POLICY_IMPLEMENTATION("教育法律法规和重大决策部署落实"),
    PRESCHOOL_ACCESS("学前教育普及普惠"),
    BALANCED_COMPULSORY("义务教育均衡发展"),
    DROPOUT_CONTROL("控辍保学"),
    PRIVATE_ENROLMENT_FEES("民办学校招生收费"),
    EMERGENCY_RESPONSE("重大教育突发事件处置"),
    FUNDING("教育经费保障"),
    // §5 evaluation and monitoring
    MONITORING_RESULT("评估监测结果"),
    OTHER("其他");

    private final String label;

    FindingCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
