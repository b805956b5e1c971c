package org.dudao.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;
import org.dudao.shared.DomainException;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.dudao.supervision.SupervisionCaseService.NewFinding;
import org.dudao.supervision.SupervisionCaseService.TargetView;
import org.dudao.workflow.FormFields;
import org.dudao.workflow.FormListener;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/**
 * {@code Task_InspectOnSite} (§4, §5): the inspection starts (if it had not), findings are recorded item by
 * item against the case's units, and the notes are kept. No findings leads to commendation.
 */
@Component
class InspectOnSiteListener extends FormListener {

    private final SupervisionCaseService cases;

    InspectOnSiteListener(SupervisionCaseService cases) {
        this.cases = cases;
    }

    @Override
    protected void complete(DelegateTask task, FormFields form) {
        long caseId = Ids.of(task, CaseProcess.CASE_ID);
        String outcome = form.decision(CaseProcess.INSPECTION_OUTCOME);
        List<SpinJsonNode> items = form.objects("findings");
        String notes = form.text("inspectionNotes");
        if (!CaseProcess.FINDINGS.equals(outcome) && !CaseProcess.NO_FINDINGS.equals(outcome)) {
            throw DomainException.invalid(CaseProcess.INSPECTION_OUTCOME, "请选择督导结果", "choose the inspection outcome");
        }
        CaseView c = cases.get(caseId);
        if (c.status() != CaseStatus.INSPECTING) {
            c = cases.startInspection(caseId);
        }
        if (CaseProcess.FINDINGS.equals(outcome)) {
            if (items.isEmpty()) {
                throw DomainException.invalid("findings", "发现问题时须逐项记录至少一条问题", "record at least one finding");
            }
            Map<String, Long> units = c.targets().stream().collect(Collectors.toMap(t -> t.code().toUpperCase(), TargetView::unitId));
            List<NewFinding> findings = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                findings.add(finding(items.get(i), i + 1, units));
            }
            cases.recordFindings(caseId, findings);
        }
        if (notes != null) {
            cases.recordInspectionNotes(caseId, notes);
        }
    }

    private static NewFinding finding(SpinJsonNode item, int number, Map<String, Long> units) {
        String unitCode = FormFields.text(item, "unitCode");
        Long unitId = unitCode == null ? null : units.get(unitCode.toUpperCase());
        if (unitId == null) {
            throw DomainException.invalid("findings[" + number + "].unitCode", "第 " + number + " 项的责任单位不是本案件的被督导单位：" + unitCode,
                    "finding " + number + ": the unit is not a target of this case: " + unitCode);
        }
        String description = FormFields.text(item, "description");
        if (description == null) {
            throw DomainException.invalid("findings[" + number + "].description", "第 " + number + " 项缺少问题描述",
                    "finding " + number + " has no description");
        }
        String basis = FormFields.text(item, "legalBasis");
        if (basis != null && basis.length() > 1000) {
            throw DomainException.invalid("findings[" + number + "].legalBasis", "第 " + number + " 项的依据超过 1000 字",
                    "finding " + number + ": the legal basis is longer than 1000 characters");
        }
        String evidence = FormFields.text(item, "evidence");
        return new NewFinding(FindingCodes.category(FormFields.text(item, "category")),
                FindingCodes.severity(FormFields.text(item, "severity")),
                evidence == null ? description : description + "\n证据：" + evidence,
                basis, unitId);
    }
}
