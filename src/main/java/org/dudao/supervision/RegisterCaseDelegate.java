package org.dudao.supervision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dudao.organization.OrganizationService;
import org.dudao.shared.DomainException;
import org.dudao.supervision.SupervisionCaseService.NewCase;
import org.dudao.workflow.FormFields;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RegisterCase}: a case opened by the application arrives with {@code caseId}; one opened in
 * the Tasklist brings the start form instead, and is created here — refused with the reason if the form
 * is wrong. Either way the case is linked to this process instance and the business key is the case id.
 */
@Component
class RegisterCaseDelegate implements JavaDelegate {

    private static final String[] START_FORM = {CaseProcess.TITLE, CaseProcess.KIND, CaseProcess.MODE,
            CaseProcess.LEAD_UNIT_CODE, CaseProcess.CO_UNIT_CODES, CaseProcess.SCHEDULED_DATE, CaseProcess.MAJOR_MATTER};

    private final SupervisionCaseService cases;
    private final OrganizationService organization;

    RegisterCaseDelegate(SupervisionCaseService cases, OrganizationService organization) {
        this.cases = cases;
        this.organization = organization;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object given = execution.getVariable(CaseProcess.CASE_ID);
        long caseId = given instanceof Number n ? n.longValue() : createFromStartForm(FormFields.of(execution));
        cases.linkProcessInstance(caseId, execution.getProcessInstanceId());
        if (!String.valueOf(caseId).equals(execution.getProcessBusinessKey())) {
            execution.setProcessBusinessKey(String.valueOf(caseId));
        }
        for (String field : START_FORM) {
            execution.removeVariable(field);
        }
        execution.setVariable(CaseProcess.CASE_ID, caseId);
    }

    private long createFromStartForm(FormFields form) {
        String title = form.requiredText(CaseProcess.TITLE, "案件标题");
        if (title.length() > 100) {
            throw DomainException.invalid(CaseProcess.TITLE, "案件标题不能超过 100 字", "the title is longer than 100 characters");
        }
        SupervisionKind kind = parse(SupervisionKind.class, form.requiredText(CaseProcess.KIND, "督导类别"), CaseProcess.KIND);
        SupervisionMode mode = parse(SupervisionMode.class, form.requiredText(CaseProcess.MODE, "督导方式"), CaseProcess.MODE);
        long lead = unitId(form.requiredText(CaseProcess.LEAD_UNIT_CODE, "牵头单位代码"), CaseProcess.LEAD_UNIT_CODE);
        List<Long> coUnits = new ArrayList<>();
        String co = form.text(CaseProcess.CO_UNIT_CODES);
        if (co != null) {
            Set<String> codes = new LinkedHashSet<>(List.of(co.split("[,，、\\s]+")));
            for (String code : codes) {
                if (!code.isBlank()) {
                    coUnits.add(unitId(code, CaseProcess.CO_UNIT_CODES));
                }
            }
        }
        var scheduled = form.requiredDate(CaseProcess.SCHEDULED_DATE, "计划督导日期");
        boolean majorMatter = form.flag(CaseProcess.MAJOR_MATTER);
        return cases.open(new NewCase(kind, mode, null, title, scheduled, lead, coUnits, null, null, null, null, majorMatter)).id();
    }

    private long unitId(String code, String field) {
        return organization.unitByCode(code.trim()).map(OrganizationService.UnitView::id)
                .orElseThrow(() -> DomainException.invalid(field, "没有这个单位代码：" + code, "no unit with code " + code));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code, String field) {
        try {
            return Enum.valueOf(type, code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field, "取值无效：" + code, "not a valid value: " + code);
        }
    }
}
