package org.dudao.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.dudao.inspector.DutyKind;
import org.dudao.inspector.InspectorService;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.dudao.supervision.SupervisionCaseService.FindingView;
import org.dudao.supervision.SupervisionCaseService.MemberView;
import org.dudao.supervision.SupervisionCaseService.TargetView;
import org.springframework.stereotype.Component;

/**
 * What the case forms show and prefill. Lists and options are Spin JSON, never null (docs/processes.md §1
 * rule 6); texts are Markdown the form's text component renders. Never writes.
 */
@Component("caseForms")
public class CaseForms {

    private final SupervisionCaseService cases;
    private final InspectorService inspectors;

    CaseForms(SupervisionCaseService cases, InspectorService inspectors) {
        this.cases = cases;
        this.inspectors = inspectors;
    }

    /** The case header of every case form: title, kind, mode, units, date, team, plan, committee comments. */
    public String summary(long caseId) {
        CaseView c = cases.get(caseId);
        StringBuilder md = new StringBuilder();
        md.append("**").append(c.title()).append("**（案件编号 ").append(c.id()).append("）\n\n");
        md.append("- 类别：").append(c.kindLabel()).append("　方式：").append(c.modeLabel())
                .append(c.majorMatter() ? "　**重大督导事项**" : "").append('\n');
        md.append("- 被督导单位：").append(units(c)).append('\n');
        md.append("- 计划督导日期：").append(c.scheduledOn()).append('\n');
        if (!c.team().isEmpty()) {
            md.append("- 督导组：").append(c.team().stream()
                    .map(m -> m.name() + (m.lead() ? "（组长）" : "")).collect(Collectors.joining("、"))).append('\n');
        }
        md.append("- 状态：").append(c.statusLabel());
        if (c.rung() != LadderRung.NONE) {
            md.append("　已升级至：").append(c.rung().label());
        }
        md.append('\n');
        if (c.scope() != null) {
            md.append("\n**督导范围**\n\n").append(c.scope()).append('\n');
        }
        if (c.checklist() != null) {
            md.append("\n**督导清单**\n\n");
            c.checklist().lines().filter(l -> !l.isBlank()).forEach(l -> md.append("- ").append(l.strip()).append('\n'));
        }
        if (c.planComment() != null) {
            md.append("\n**委员会对方案的意见**：").append(c.planComment()).append('\n');
        }
        if (c.reportComment() != null) {
            md.append("\n**委员会对报告的意见**：").append(c.reportComment()).append('\n');
        }
        return md.toString();
    }

    /** Active inspectors with a login to choose the team from: 督政 inspectors for 督政 cases, 督学 ones otherwise. */
    public SpinJsonNode inspectorOptions(long caseId) {
        DutyKind duty = cases.get(caseId).kind() == SupervisionKind.GOVERNMENT ? DutyKind.GOVERNMENT : DutyKind.SCHOOL;
        List<Map<String, Object>> options = new ArrayList<>();
        inspectors.choices(duty).forEach(i -> options.add(option(i.label(), i.userId())));
        return Spin.JSON(options);
    }

    public String planScope(long caseId) {
        return cases.get(caseId).scope();
    }

    public String planChecklist(long caseId) {
        return cases.get(caseId).checklist();
    }

    /** The current team's user ids, lead first; {@code []} if none. */
    public SpinJsonNode planTeam(long caseId) {
        List<MemberView> team = cases.get(caseId).team();
        Map<Long, String> userIds = inspectors.userIds(team.stream().map(MemberView::inspectorId).toList());
        List<String> ids = new ArrayList<>();
        for (MemberView member : team) {
            String userId = userIds.get(member.inspectorId());
            if (userId != null) {
                ids.add(userId);
            }
        }
        return Spin.JSON(ids);
    }

    /** The planned inspection date, {@code yyyy-MM-dd}. */
    public String planDate(long caseId) {
        LocalDate date = cases.get(caseId).scheduledOn();
        return date == null ? null : date.toString();
    }

    /** The case's units (lead first) to attribute each finding to: label = name, value = code. */
    public SpinJsonNode unitOptions(long caseId) {
        List<Map<String, Object>> options = new ArrayList<>();
        cases.get(caseId).targets().forEach(t -> options.add(option(t.name() + (t.lead() ? "（牵头）" : ""), t.code())));
        return Spin.JSON(options);
    }

    /** The findings, one line each. */
    public String findingsSummary(long caseId) {
        CaseView c = cases.get(caseId);
        Map<Long, String> unitNames = unitNames(c);
        List<FindingView> findings = cases.findings(caseId);
        if (findings.isEmpty()) {
            return "（无问题）";
        }
        StringBuilder md = new StringBuilder();
        for (FindingView f : findings) {
            md.append(f.itemNo()).append(". ").append(line(f, unitNames.get(f.unitId()))).append('\n');
        }
        return md.toString();
    }

    public String reportText(long caseId) {
        return cases.get(caseId).report().text();
    }

    /** One item per finding still to rectify, with its requirement and deadline so far. */
    public SpinJsonNode feedbackItems(long caseId) {
        CaseView c = cases.get(caseId);
        Map<Long, String> unitNames = unitNames(c);
        List<Map<String, Object>> items = new ArrayList<>();
        for (FindingView f : cases.findings(caseId)) {
            if (f.status() == FindingStatus.RESOLVED) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("findingId", f.id());
            item.put("finding", line(f, unitNames.get(f.unitId())));
            item.put("requirement", f.requirement() == null ? "" : f.requirement());
            item.put("deadline", f.rectifyBy() == null ? null : f.rectifyBy().toString());
            items.add(item);
        }
        return Spin.JSON(items);
    }

    /** Rectified findings that may have relapsed; the value is the finding id as a string. */
    public SpinJsonNode rectifiedFindingOptions(long caseId) {
        CaseView c = cases.get(caseId);
        Map<Long, String> unitNames = unitNames(c);
        List<Map<String, Object>> options = new ArrayList<>();
        cases.findings(caseId).stream().filter(f -> f.status() == FindingStatus.RESOLVED)
                .forEach(f -> options.add(option(f.itemNo() + ". " + line(f, unitNames.get(f.unitId())), String.valueOf(f.id()))));
        return Spin.JSON(options);
    }

    /** e.g. 【严重】安全稳定 — 消防通道堵塞（三溪镇中心小学） */
    static String line(FindingView f, String unitName) {
        return "【" + f.severity().label() + "】" + f.categoryLabel() + " — " + f.description()
                + (unitName == null ? "" : "（" + unitName + "）");
    }

    static String units(CaseView c) {
        return c.targets().stream().map(t -> t.name() + (t.lead() ? "（牵头）" : "")).collect(Collectors.joining("、"));
    }

    private static Map<Long, String> unitNames(CaseView c) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (TargetView t : c.targets()) {
            names.put(t.unitId(), t.name());
        }
        return names;
    }

    private static Map<String, Object> option(String label, String value) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("label", label);
        option.put("value", value);
        return option;
    }
}
