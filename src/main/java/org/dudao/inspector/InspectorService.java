package org.dudao.inspector;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.dudao.organization.OrganizationService;
import org.dudao.organization.OrganizationService.UnitView;
import org.dudao.organization.UnitKind;
import org.dudao.shared.Bilingual;
import org.dudao.shared.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inspector roster (§15, §16) and the responsible-inspector assignment of schools (§4). */
@Service
@Transactional
public class InspectorService {

    public static final String USER_ID_PATTERN = "[a-zA-Z0-9]+([-_][a-zA-Z0-9]+)*";

    /** A new inspector; {@code termStart} (and for full-time inspectors {@code termEnd}) appoint the first term. */
    public record NewInspector(
            @NotBlank @Size(max = 60) String name,
            @Size(max = 64) @Pattern(regexp = USER_ID_PATTERN) String userId,
            @NotNull Employment employment,
            @NotNull DutyKind duty,
            @Size(max = 30) @Pattern(regexp = "[0-9+() -]*") String phone,
            @Email @Size(max = 120) String email,
            boolean expert,
            @Size(max = 20) List<@NotBlank @Size(max = 60) String> specialities,
            @Size(max = 500) String background,
            LocalDate termStart,
            LocalDate termEnd) {
    }

    public record InspectorChanges(
            @NotBlank @Size(max = 60) String name,
            @NotNull Employment employment,
            @NotNull DutyKind duty,
            @Size(max = 30) @Pattern(regexp = "[0-9+() -]*") String phone,
            @Email @Size(max = 120) String email,
            boolean expert,
            @Size(max = 20) List<@NotBlank @Size(max = 60) String> specialities,
            @Size(max = 500) String background) {
    }

    public record NewTerm(@NotNull LocalDate startDate, LocalDate endDate, @Size(max = 100) String appointedBy) {
    }

    public record NewTraining(@NotNull LocalDate heldOn, @NotBlank @Size(max = 200) String title,
                              @Min(0) @Max(1000) Integer hours, @Size(max = 100) String provider) {
    }

    public record NewEvaluation(@NotBlank @Pattern(regexp = "[0-9]{4}(-H[12]|-Q[1-4])?") String period,
                                @NotNull EvaluationGrade grade, @NotNull LocalDate evaluatedOn,
                                @Size(max = 1000) String remark) {
    }

    public record Dismissal(@NotNull LocalDate dismissedOn, @NotBlank @Size(max = 500) String reason) {
    }

    public record InspectorQuery(Employment employment, DutyKind duty, InspectorStatus status, Boolean expert,
                                 String speciality, String q) {
    }

    public record TermView(Long id, Employment employment, LocalDate startDate, LocalDate endDate, String appointedBy) {
    }

    public record TrainingView(Long id, LocalDate heldOn, String title, Integer hours, String provider) {
    }

    public record EvaluationView(Long id, String period, EvaluationGrade grade, String gradeLabel,
                                 LocalDate evaluatedOn, String remark) {
    }

    public record SchoolRef(Long id, String code, String name) {
    }

    public record InspectorView(Long id, Long version, String name, String userId, Employment employment,
                                DutyKind duty, InspectorStatus status, String phone, String email, boolean expert,
                                Set<String> specialities, String background, LocalDate dismissedOn,
                                String dismissalReason, TermView currentTerm, List<TermView> terms,
                                List<TrainingView> trainings, List<EvaluationView> evaluations,
                                List<SchoolRef> schools) {
    }

    /** The contact details §16 wants public, per responsible inspector. */
    public record PublicContact(Long inspectorId, String name, DutyKind duty, String phone, String email,
                                List<SchoolRef> schools) {
    }

    public record AssignmentView(Long schoolId, Long inspectorId, String inspectorName, LocalDate assignedOn,
                                 List<Bilingual> warnings) {
    }

    private final Inspectors inspectors;
    private final Assignments assignments;
    private final OrganizationService organization;
    private final CoverageRules rules;

    InspectorService(Inspectors inspectors, Assignments assignments, OrganizationService organization, CoverageRules rules) {
        this.inspectors = inspectors;
        this.assignments = assignments;
        this.organization = organization;
        this.rules = rules;
    }

    public InspectorView create(NewInspector command) {
        String userId = blankToNull(command.userId());
        if (userId != null && inspectors.existsByUserId(userId)) {
            throw DomainException.conflict("userId", "该登录账号已属于另一名督学：" + userId,
                    "another inspector has this user id: " + userId);
        }
        if (command.termStart() == null && command.termEnd() != null) {
            throw DomainException.invalid("termStart", "给出任期结束日期时必须给出开始日期", "a term end needs a term start");
        }
        Inspector inspector = new Inspector(command.name().trim(), userId, command.employment(), command.duty());
        inspector.describe(command.name().trim(), command.employment(), command.duty(), blankToNull(command.phone()),
                blankToNull(command.email()), command.expert(), specialities(command.specialities()),
                blankToNull(command.background()));
        if (command.termStart() != null) {
            inspector.appoint(command.termStart(), command.termEnd(), null);
        }
        return view(inspectors.saveAndFlush(inspector));
    }

    public InspectorView update(long id, InspectorChanges changes) {
        Inspector inspector = find(id);
        if (changes.duty() != DutyKind.SCHOOL && !assignments.findByInspectorId(id).isEmpty()) {
            throw DomainException.conflict("duty", "该督学仍是学校的挂牌责任督学，不能改为督政",
                    "the inspector is still responsible for schools and cannot switch to government duty");
        }
        inspector.describe(changes.name().trim(), changes.employment(), changes.duty(), blankToNull(changes.phone()),
                blankToNull(changes.email()), changes.expert(), specialities(changes.specialities()),
                blankToNull(changes.background()));
        return view(inspectors.saveAndFlush(inspector));
    }

    /** Appoints another term: 400 for a part-time term that is not 3 years, 409 for an overlap or a 4th consecutive part-time term. */
    public TermView appoint(long inspectorId, NewTerm term) {
        Inspector inspector = find(inspectorId);
        Term appointed = inspector.appoint(term.startDate(), term.endDate(), blankToNull(term.appointedBy()));
        inspectors.saveAndFlush(inspector);
        return view(appointed);
    }

    public TrainingView recordTraining(long inspectorId, NewTraining training) {
        Inspector inspector = find(inspectorId);
        Training recorded = inspector.train(training.heldOn(), training.title().trim(), training.hours(),
                blankToNull(training.provider()));
        inspectors.saveAndFlush(inspector);
        return new TrainingView(recorded.getId(), recorded.getHeldOn(), recorded.getTitle(), recorded.getHours(),
                recorded.getProvider());
    }

    public EvaluationView recordEvaluation(long inspectorId, NewEvaluation evaluation) {
        Inspector inspector = find(inspectorId);
        Evaluation recorded = inspector.evaluate(evaluation.period(), evaluation.grade(), evaluation.evaluatedOn(),
                blankToNull(evaluation.remark()));
        inspectors.saveAndFlush(inspector);
        return view(recorded);
    }

    /** Dismisses (解聘, §16): the inspector's schools lose their responsible inspector until reassigned. */
    public InspectorView dismiss(long inspectorId, Dismissal dismissal) {
        Inspector inspector = find(inspectorId);
        inspector.dismiss(dismissal.dismissedOn(), dismissal.reason().trim());
        assignments.deleteAll(assignments.findByInspectorId(inspectorId));
        return view(inspectors.saveAndFlush(inspector));
    }

    @Transactional(readOnly = true)
    public InspectorView inspector(long id) {
        return view(find(id));
    }

    @Transactional(readOnly = true)
    public Optional<InspectorView> inspectorByUserId(String userId) {
        return inspectors.findByUserId(userId).map(this::view);
    }

    @Transactional(readOnly = true)
    public Page<InspectorView> query(InspectorQuery query, Pageable pageable) {
        return inspectors.findAll(specification(query), pageable).map(this::view);
    }

    /** Names of the inspectors with these ids; 404 for an unknown one, 409 for a dismissed one (cannot join a team). */
    @Transactional(readOnly = true)
    public Map<Long, String> requireAssignable(Collection<Long> ids) {
        Set<Long> wanted = new LinkedHashSet<>(ids);
        List<Inspector> found = inspectors.findByIdIn(wanted);
        for (Long id : wanted) {
            Inspector inspector = found.stream().filter(i -> i.getId().equals(id)).findFirst()
                    .orElseThrow(() -> DomainException.notFound("督学", "inspector", id));
            inspector.requireActive();
        }
        return found.stream().collect(Collectors.toMap(Inspector::getId, Inspector::getName));
    }

    /** An inspector as a choice in a form: 张建国（专职·督学）, chosen by user id. */
    public record InspectorChoice(Long id, String name, String userId, Employment employment, DutyKind duty) {

        public String label() {
            return name + "（" + employment.label() + "·" + duty.label() + "）";
        }
    }

    /** Active inspectors of this duty who can log in, by name: one query, without their schools or records. */
    @Transactional(readOnly = true)
    public List<InspectorChoice> choices(DutyKind duty) {
        return inspectors.findByStatusAndDuty(InspectorStatus.ACTIVE, duty).stream()
                .filter(i -> i.getUserId() != null)
                .sorted(Comparator.comparing(Inspector::getName))
                .map(i -> new InspectorChoice(i.getId(), i.getName(), i.getUserId(), i.getEmployment(), i.getDuty()))
                .toList();
    }

    /** User ids of the inspectors with these ids that have one (any status). */
    @Transactional(readOnly = true)
    public Map<Long, String> userIds(Collection<Long> ids) {
        return byId(ids, Inspector::getUserId);
    }

    /** Names of inspectors by id (any status), for display. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids) {
        return byId(ids, Inspector::getName);
    }

    /** One value of each inspector with these ids, where it has one. */
    private Map<Long, String> byId(Collection<Long> ids, Function<Inspector, String> value) {
        Map<Long, String> values = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Inspector inspector : inspectors.findByIdIn(ids)) {
                String v = value.apply(inspector);
                if (v != null) {
                    values.put(inspector.getId(), v);
                }
            }
        }
        return values;
    }

    // ---- responsible inspector of a school (挂牌) ----

    /**
     * Makes an active school-duty inspector the school's responsible inspector. A school has exactly
     * one: a second is refused (409). The 1:5 and 1:1 ratios are reported as warnings here and as
     * violations by the coverage report, since §15 states them as principles.
     */
    public AssignmentView assign(long schoolId, long inspectorId, LocalDate on) {
        UnitView school = organization.unit(schoolId);
        if (school.kind() != UnitKind.SCHOOL) {
            throw DomainException.invalid("schoolId", "只有学校（幼儿园）配备挂牌责任督学",
                    "only schools and kindergartens get a responsible inspector");
        }
        Inspector inspector = find(inspectorId);
        inspector.requireActive();
        if (inspector.getDuty() != DutyKind.SCHOOL) {
            throw DomainException.conflict("inspectorId", "挂牌责任督学须为督学（督学类），该督学从事督政",
                    "a responsible inspector must be a school-duty inspector; this one does government duty");
        }
        Optional<Assignment> existing = assignments.findBySchoolId(schoolId);
        if (existing.isPresent()) {
            if (existing.get().getInspectorId().equals(inspectorId)) {
                return view(existing.get(), inspector, List.of());
            }
            throw DomainException.conflict("inspectorId", "该学校已有挂牌责任督学，请先撤销再重新指定",
                    "the school already has a responsible inspector; remove that assignment first");
        }
        Assignment assignment = assignments.saveAndFlush(new Assignment(schoolId, inspectorId, on));
        List<Bilingual> warnings = new ArrayList<>();
        List<Assignment> load = assignments.findByInspectorId(inspectorId);
        if (load.size() > rules.schoolsPerInspector()) {
            warnings.add(Bilingual.of("该督学挂牌学校已超过 " + rules.schoolsPerInspector() + " 所（1:5）",
                    "the inspector now has more than " + rules.schoolsPerInspector() + " schools (1:5)"));
        }
        if (load.size() > 1 && organization.units(load.stream().map(Assignment::getSchoolId).toList()).stream()
                .anyMatch(s -> s.studentCount() != null && s.studentCount() > rules.largeSchoolStudents())) {
            warnings.add(Bilingual.of("学生数超过 " + rules.largeSchoolStudents() + " 的学校应单独配备责任督学（1:1）",
                    "a school with more than " + rules.largeSchoolStudents() + " students needs an inspector of its own (1:1)"));
        }
        return view(assignment, inspector, warnings);
    }

    public void unassign(long schoolId) {
        organization.unit(schoolId);
        Assignment assignment = assignments.findBySchoolId(schoolId).orElseThrow(() ->
                DomainException.notFound("挂牌责任督学", "responsible inspector of school", schoolId));
        assignments.delete(assignment);
    }

    @Transactional(readOnly = true)
    public Optional<AssignmentView> responsibleInspector(long schoolId) {
        organization.unit(schoolId);
        return assignments.findBySchoolId(schoolId).map(a -> view(a, find(a.getInspectorId()), List.of()));
    }

    /** Every responsible inspector with public contact details and schools (§16: 公开挂牌督学联系方式). */
    @Transactional(readOnly = true)
    public List<PublicContact> publicDirectory() {
        Map<Long, List<Assignment>> byInspector = assignments.findAll().stream()
                .collect(Collectors.groupingBy(Assignment::getInspectorId));
        Map<Long, UnitView> schools = organization.units(assignments.findAll().stream().map(Assignment::getSchoolId).toList())
                .stream().collect(Collectors.toMap(UnitView::id, u -> u));
        return inspectors.findByIdIn(byInspector.keySet()).stream()
                .filter(i -> i.getStatus() == InspectorStatus.ACTIVE)
                .sorted(Comparator.comparing(Inspector::getId))
                .map(i -> new PublicContact(i.getId(), i.getName(), i.getDuty(), i.getPhone(), i.getEmail(),
                        byInspector.get(i.getId()).stream().map(a -> schools.get(a.getSchoolId()))
                                .map(s -> new SchoolRef(s.id(), s.code(), s.name())).toList()))
                .toList();
    }

    private Inspector find(long id) {
        return inspectors.findById(id).orElseThrow(() -> DomainException.notFound("督学", "inspector", id));
    }

    private static Set<String> specialities(List<String> given) {
        Set<String> set = new TreeSet<>();
        if (given != null) {
            given.stream().filter(s -> s != null && !s.isBlank()).map(String::trim).forEach(set::add);
        }
        return set;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Specification<Inspector> specification(InspectorQuery query) {
        return (root, q, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (query.employment() != null) {
                where.add(cb.equal(root.get("employment"), query.employment()));
            }
            if (query.duty() != null) {
                where.add(cb.equal(root.get("duty"), query.duty()));
            }
            if (query.status() != null) {
                where.add(cb.equal(root.get("status"), query.status()));
            }
            if (query.expert() != null) {
                where.add(cb.equal(root.get("expert"), query.expert()));
            }
            if (query.speciality() != null && !query.speciality().isBlank()) {
                where.add(cb.isMember(query.speciality().trim(), root.<Collection<String>>get("specialities")));
            }
            if (query.q() != null && !query.q().isBlank()) {
                where.add(cb.like(cb.lower(root.get("name")),
                        "%" + query.q().trim().toLowerCase(Locale.ROOT).replace("%", "") + "%"));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private InspectorView view(Inspector i) {
        List<Assignment> schoolsOf = i.getId() == null ? List.of() : assignments.findByInspectorId(i.getId());
        List<SchoolRef> schools = organization.units(schoolsOf.stream().map(Assignment::getSchoolId).toList()).stream()
                .sorted(Comparator.comparing(UnitView::code))
                .map(s -> new SchoolRef(s.id(), s.code(), s.name())).toList();
        Term current = i.termOn(LocalDate.now());
        return new InspectorView(i.getId(), i.getVersion(), i.getName(), i.getUserId(), i.getEmployment(), i.getDuty(),
                i.getStatus(), i.getPhone(), i.getEmail(), i.isExpert(), new TreeSet<>(i.getSpecialities()),
                i.getBackground(), i.getDismissedOn(), i.getDismissalReason(), current == null ? null : view(current),
                i.getTerms().stream().map(InspectorService::view).toList(),
                i.getTrainings().stream().map(t -> new TrainingView(t.getId(), t.getHeldOn(), t.getTitle(), t.getHours(),
                        t.getProvider())).toList(),
                i.getEvaluations().stream().map(InspectorService::view).toList(), schools);
    }

    private static TermView view(Term t) {
        return new TermView(t.getId(), t.getEmployment(), t.getStartDate(), t.getEndDate(), t.getAppointedBy());
    }

    private static EvaluationView view(Evaluation e) {
        return new EvaluationView(e.getId(), e.getPeriod(), e.getGrade(), e.getGrade().label(), e.getEvaluatedOn(),
                e.getRemark());
    }

    private static AssignmentView view(Assignment a, Inspector inspector, List<Bilingual> warnings) {
        return new AssignmentView(a.getSchoolId(), a.getInspectorId(), inspector.getName(), a.getAssignedOn(), warnings);
    }
}
