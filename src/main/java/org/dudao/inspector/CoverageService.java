package org.dudao.inspector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dudao.organization.OrganizationService;
import org.dudao.organization.OrganizationService.SchoolSummary;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the standing staffing rules (§4, §15): every school has one responsible inspector and one
 * liaison; at least one active school-duty inspector per 5 schools overall; at most 5 schools per
 * inspector; a school above the large-school threshold has an inspector of its own.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(CoverageRules.class)
public class CoverageService {

    public enum Rule {
        MISSING_INSPECTOR, MISSING_LIAISON, OVERALL_RATIO, TOO_MANY_SCHOOLS, LARGE_SCHOOL_SHARED
    }

    public record SchoolRef(Long id, String code, String name, int studentCount) {
    }

    public record InspectorLoad(Long inspectorId, String name, int schools, List<SchoolRef> schoolList, boolean ok) {
    }

    public record Violation(Rule rule, Long schoolId, Long inspectorId, String messageZh, String messageEn) {
    }

    public record CoverageReport(int schools, int activeSchoolInspectors, int assignedSchools,
                                 int largeSchoolStudents, int maxSchoolsPerInspector,
                                 String ratio, boolean ratioOk,
                                 List<SchoolRef> missingInspector, List<SchoolRef> missingLiaison,
                                 List<InspectorLoad> perInspector, List<Violation> violations) {
    }

    private final OrganizationService organization;
    private final Inspectors inspectors;
    private final Assignments assignments;
    private final CoverageRules rules;

    CoverageService(OrganizationService organization, Inspectors inspectors, Assignments assignments, CoverageRules rules) {
        this.organization = organization;
        this.inspectors = inspectors;
        this.assignments = assignments;
        this.rules = rules;
    }

    public CoverageReport report() {
        List<SchoolSummary> schools = organization.schools();
        Map<Long, SchoolSummary> byId = schools.stream().collect(Collectors.toMap(SchoolSummary::id, Function.identity()));
        Map<Long, Assignment> assignmentOf = assignments.findAll().stream()
                .filter(a -> byId.containsKey(a.getSchoolId()))
                .collect(Collectors.toMap(Assignment::getSchoolId, Function.identity()));
        List<Inspector> active = inspectors.findByStatusAndDuty(InspectorStatus.ACTIVE, DutyKind.SCHOOL);
        List<Violation> violations = new ArrayList<>();

        List<SchoolRef> missingInspector = new ArrayList<>();
        List<SchoolRef> missingLiaison = new ArrayList<>();
        for (SchoolSummary school : schools) {
            if (!assignmentOf.containsKey(school.id())) {
                missingInspector.add(ref(school));
                violations.add(new Violation(Rule.MISSING_INSPECTOR, school.id(), null,
                        school.name() + " 没有挂牌责任督学", school.name() + " has no responsible inspector"));
            }
            if (!school.hasLiaison()) {
                missingLiaison.add(ref(school));
                violations.add(new Violation(Rule.MISSING_LIAISON, school.id(), null,
                        school.name() + " 没有督学联络员", school.name() + " has no liaison"));
            }
        }

        int perInspector = rules.schoolsPerInspector();
        boolean ratioOk = (long) active.size() * perInspector >= schools.size();
        if (!ratioOk) {
            violations.add(new Violation(Rule.OVERALL_RATIO, null, null,
                    "督学与学校数之比低于 1:" + perInspector + "（在岗督学 " + active.size() + " 名，学校 " + schools.size() + " 所）",
                    "fewer than one active school inspector per " + perInspector + " schools (" + active.size()
                            + " inspectors, " + schools.size() + " schools)"));
        }

        Map<Long, List<SchoolSummary>> load = assignmentOf.values().stream().collect(Collectors.groupingBy(
                Assignment::getInspectorId, Collectors.mapping(a -> byId.get(a.getSchoolId()), Collectors.toList())));
        Map<Long, String> names = inspectors.findByIdIn(load.keySet()).stream()
                .collect(Collectors.toMap(Inspector::getId, Inspector::getName));
        active.forEach(i -> names.putIfAbsent(i.getId(), i.getName()));
        List<InspectorLoad> loads = new ArrayList<>();
        for (Map.Entry<Long, String> inspector : names.entrySet()) {
            List<SchoolSummary> theirs = load.getOrDefault(inspector.getKey(), List.of());
            boolean ok = true;
            if (theirs.size() > perInspector) {
                ok = false;
                violations.add(new Violation(Rule.TOO_MANY_SCHOOLS, null, inspector.getKey(),
                        inspector.getValue() + " 挂牌 " + theirs.size() + " 所学校，超过 " + perInspector + " 所",
                        inspector.getValue() + " is responsible for " + theirs.size() + " schools, more than " + perInspector));
            }
            if (theirs.size() > 1) {
                for (SchoolSummary school : theirs) {
                    if (school.studentCount() > rules.largeSchoolStudents()) {
                        ok = false;
                        violations.add(new Violation(Rule.LARGE_SCHOOL_SHARED, school.id(), inspector.getKey(),
                                school.name() + " 学生 " + school.studentCount() + " 人，应单独配备责任督学（1:1），但 "
                                        + inspector.getValue() + " 还负责其他学校",
                                school.name() + " has " + school.studentCount() + " students and needs an inspector of its own (1:1), but "
                                        + inspector.getValue() + " has other schools too"));
                    }
                }
            }
            loads.add(new InspectorLoad(inspector.getKey(), inspector.getValue(), theirs.size(),
                    theirs.stream().sorted(Comparator.comparing(SchoolSummary::code)).map(CoverageService::ref).toList(), ok));
        }
        loads.sort(Comparator.comparing(InspectorLoad::inspectorId));
        String ratio = active.isEmpty() ? "0:" + schools.size()
                : "1:" + java.math.BigDecimal.valueOf(schools.size())
                .divide(java.math.BigDecimal.valueOf(active.size()), 2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return new CoverageReport(schools.size(), active.size(), assignmentOf.size(), rules.largeSchoolStudents(),
                perInspector, ratio, ratioOk, missingInspector, missingLiaison, loads, violations);
    }

    private static SchoolRef ref(SchoolSummary school) {
        return new SchoolRef(school.id(), school.code(), school.name(), school.studentCount());
    }
}
