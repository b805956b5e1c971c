package org.dudao.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.dudao.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit registry: townships, county departments, schools and kindergartens, their contacts
 * and liaisons. Other features read units through this service only.
 */
@Service
@Transactional
public class OrganizationService {

    /** Unit codes: letters and digits in groups joined by single hyphens, e.g. {@code TS-YANKOU}. */
    public static final String CODE_PATTERN = "[A-Za-z0-9]+(-[A-Za-z0-9]+)*";
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(CODE_PATTERN);

    /** A new unit; the school fields apply to schools only, the licence to private schools only. */
    public record NewUnit(
            @NotBlank @Size(max = 40) @Pattern(regexp = CODE_PATTERN) String code,
            @NotBlank @Size(max = 100) String name,
            @NotNull UnitKind kind,
            boolean committeeMember,
            Long townshipId,
            SchoolKind schoolKind,
            Ownership ownership,
            @PositiveOrZero @Max(100000) Integer studentCount,
            @Size(max = 60) String licenceNumber,
            Long supervisingDepartmentId,
            @Size(max = 200) String address) {
    }

    /** Changes to a unit; its code and kind never change (the liaison group is named after the code). */
    public record UnitChanges(
            @NotBlank @Size(max = 100) String name,
            boolean committeeMember,
            Long townshipId,
            SchoolKind schoolKind,
            Ownership ownership,
            @PositiveOrZero @Max(100000) Integer studentCount,
            @Size(max = 60) String licenceNumber,
            Long supervisingDepartmentId,
            @Size(max = 200) String address) {
    }

    /** A contact person of a unit. */
    public record ContactDetails(
            @NotBlank @Size(max = 60) String name,
            @Size(max = 60) String title,
            @Email @Size(max = 120) String email,
            @Size(max = 30) @Pattern(regexp = "[0-9+() -]*") String phone,
            @Size(max = 64) @Pattern(regexp = "[a-zA-Z0-9]+([-_][a-zA-Z0-9]+)*") String userId,
            boolean liaison) {
    }

    /** Filters of the unit list; null means any. */
    public record UnitQuery(UnitKind kind, Long townshipId, SchoolKind schoolKind, Ownership ownership,
                            Boolean committeeMember, @Size(max = 100) String q) {
    }

    public record ContactView(Long id, Long unitId, String name, String title, String email, String phone,
                              String userId, boolean liaison) {
    }

    /** What a case or a finding shows of its units: code, name, kind and ownership. */
    public record UnitLabel(Long id, String code, String name, UnitKind kind, Ownership ownership) {

        static UnitLabel of(Unit u) {
            return new UnitLabel(u.getId(), u.getCode(), u.getName(), u.getKind(), u.getOwnership());
        }
    }

    public record UnitView(Long id, Long version, String code, String name, UnitKind kind, String kindLabel,
                           boolean committeeMember, Long townshipId, String townshipName, SchoolKind schoolKind,
                           Ownership ownership, Integer studentCount, String licenceNumber,
                           Long supervisingDepartmentId, String supervisingDepartmentName, String address,
                           String groupId, ContactView liaison, List<ContactView> contacts) {
    }

    /** What the coverage report needs of a school. */
    public record SchoolSummary(Long id, String code, String name, Long townshipId, SchoolKind schoolKind,
                                Ownership ownership, int studentCount, boolean hasLiaison) {
    }

    private final Units units;
    private final Contacts contacts;
    private final ApplicationEventPublisher events;

    OrganizationService(Units units, Contacts contacts, ApplicationEventPublisher events) {
        this.units = units;
        this.contacts = contacts;
        this.events = events;
    }

    /** The Camunda group type of every unit's liaison group (role groups are {@code WORKFLOW}). */
    public static final String UNIT_GROUP_TYPE = "UNIT";

    /** The Camunda group id of a unit's liaisons: {@code "unit-" + code in lower case}. */
    public static String groupIdOf(String code) {
        return "unit-" + code.toLowerCase(Locale.ROOT);
    }

    public UnitView create(NewUnit command) {
        if (command.code() == null || !CODE.matcher(command.code().trim()).matches()) {
            throw DomainException.invalid("code", "单位代码格式不正确（字母数字，可用连字符分隔）",
                    "the unit code must be letters and digits, optionally joined by hyphens");
        }
        String code = Unit.normalize(command.code());
        if (units.existsByCode(code)) {
            throw DomainException.conflict("code", "单位代码已存在：" + code, "a unit with this code exists: " + code);
        }
        Unit unit = new Unit(code, command.name().trim(), command.kind());
        apply(unit, command.name().trim(), command.committeeMember(), command.townshipId(), command.schoolKind(),
                command.ownership(), command.studentCount(), command.licenceNumber(), command.supervisingDepartmentId(),
                command.address());
        Unit saved = units.saveAndFlush(unit);
        events.publishEvent(new UnitRegistered(saved.getId(), saved.getCode(), saved.getName(), saved.getKind(), saved.groupId()));
        return view(saved, false);
    }

    public UnitView update(long id, UnitChanges changes) {
        Unit unit = find(id);
        apply(unit, changes.name().trim(), changes.committeeMember(), changes.townshipId(), changes.schoolKind(),
                changes.ownership(), changes.studentCount(), changes.licenceNumber(), changes.supervisingDepartmentId(),
                changes.address());
        return view(units.saveAndFlush(unit), true);
    }

    private void apply(Unit unit, String name, boolean committeeMember, Long townshipId, SchoolKind schoolKind,
                       Ownership ownership, Integer studentCount, String licenceNumber, Long supervisingDepartmentId,
                       String address) {
        String licence = licenceNumber == null || licenceNumber.isBlank() ? null : licenceNumber.trim();
        if (unit.getKind() == UnitKind.SCHOOL) {
            require(schoolKind, "schoolKind");
            require(ownership, "ownership");
            require(townshipId, "townshipId");
            require(studentCount, "studentCount");
            require(supervisingDepartmentId, "supervisingDepartmentId");
            requireKind(townshipId, UnitKind.TOWNSHIP, "townshipId");
            requireKind(supervisingDepartmentId, UnitKind.DEPARTMENT, "supervisingDepartmentId");
            if (ownership == Ownership.PRIVATE && licence == null) {
                throw DomainException.invalid("licenceNumber", "民办学校必须填写办学许可证号",
                        "a private school needs its licence number");
            }
            if (ownership == Ownership.PUBLIC && licence != null) {
                throw DomainException.invalid("licenceNumber", "只有民办学校有办学许可证号",
                        "only private schools have a licence number");
            }
            if (committeeMember) {
                throw DomainException.invalid("committeeMember", "只有县级部门可以是督导委员会成员单位",
                        "only county departments can be committee members");
            }
        } else {
            forbid(schoolKind, "schoolKind");
            forbid(ownership, "ownership");
            forbid(townshipId, "townshipId");
            forbid(studentCount, "studentCount");
            forbid(licence, "licenceNumber");
            forbid(supervisingDepartmentId, "supervisingDepartmentId");
            if (committeeMember && unit.getKind() != UnitKind.DEPARTMENT) {
                throw DomainException.invalid("committeeMember", "只有县级部门可以是督导委员会成员单位",
                        "only county departments can be committee members");
            }
        }
        unit.describe(name, committeeMember, address == null || address.isBlank() ? null : address.trim());
        unit.schoolDetails(townshipId, schoolKind, ownership, studentCount, licence, supervisingDepartmentId);
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw DomainException.invalid(field, "学校必须填写此项", "is required for a school");
        }
    }

    private static void forbid(Object value, String field) {
        if (value != null) {
            throw DomainException.invalid(field, "此项只适用于学校", "applies to schools only");
        }
    }

    private void requireKind(Long id, UnitKind kind, String field) {
        Optional<Unit> unit = units.findById(id);
        if (unit.isEmpty()) {
            throw DomainException.invalid(field, "没有这个单位：" + id, "no such unit: " + id);
        }
        if (unit.get().getKind() != kind) {
            throw DomainException.invalid(field, "应为" + kind.label() + "：" + unit.get().getName(),
                    "must be a unit of kind " + kind + ": " + unit.get().getName());
        }
    }

    @Transactional(readOnly = true)
    public UnitView unit(long id) {
        return view(find(id), true);
    }

    @Transactional(readOnly = true)
    public Optional<UnitView> unitByCode(String code) {
        return units.findByCode(Unit.normalize(code)).map(u -> view(u, true));
    }

    /** A unit by its exact name, when the name is unique. */
    @Transactional(readOnly = true)
    public Optional<UnitView> unitByName(String name) {
        List<Unit> found = units.findByName(name.trim());
        return found.size() == 1 ? Optional.of(view(found.get(0), false)) : Optional.empty();
    }

    /** The units with these ids, in no particular order; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<UnitView> units(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return views(units.findByIdIn(ids));
    }

    /** Code, name and kind of these units, by id: one query, no contacts or related units. */
    @Transactional(readOnly = true)
    public Map<Long, UnitLabel> labels(Collection<Long> ids) {
        Map<Long, UnitLabel> labels = new HashMap<>();
        if (!ids.isEmpty()) {
            units.findByIdIn(ids).forEach(u -> labels.put(u.getId(), UnitLabel.of(u)));
        }
        return labels;
    }

    /** Every unit's label, by code: one query, for start-up work over the whole registry. */
    @Transactional(readOnly = true)
    public List<UnitLabel> allLabels() {
        return units.findAll(Sort.by("code")).stream().map(UnitLabel::of).toList();
    }

    /** Code, name, kind and ownership of one unit: no contacts; read once per transaction (the persistence context keeps it). */
    @Transactional(readOnly = true)
    public UnitLabel label(long id) {
        return UnitLabel.of(find(id));
    }

    @Transactional(readOnly = true)
    public Page<UnitView> query(UnitQuery query, Pageable pageable) {
        Page<Unit> page = units.findAll(specification(query), pageable);
        Map<Long, UnitView> byId = views(page.getContent()).stream()
                .collect(Collectors.toMap(UnitView::id, Function.identity()));
        return page.map(u -> byId.get(u.getId()));
    }

    /**
     * Ids of the units a case filter means: a township id selects the township itself and the
     * schools in it; a kind selects units of that kind. Null for both means "no restriction" (null).
     */
    @Transactional(readOnly = true)
    public Set<Long> unitIdsMatching(Long townshipId, UnitKind kind) {
        if (townshipId == null && kind == null) {
            return null;
        }
        Specification<Unit> spec = (root, q, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (townshipId != null) {
                where.add(cb.or(cb.equal(root.get("id"), townshipId), cb.equal(root.get("townshipId"), townshipId)));
            }
            if (kind != null) {
                where.add(cb.equal(root.get("kind"), kind));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return units.findAll(spec).stream().map(Unit::getId).collect(Collectors.toSet());
    }

    /** Every school and kindergarten, with whether it has its liaison. */
    @Transactional(readOnly = true)
    public List<SchoolSummary> schools() {
        List<Unit> schools = units.findByKindOrderByCode(UnitKind.SCHOOL);
        Set<Long> withLiaison = new HashSet<>();
        contacts.findByLiaisonOfIn(schools.stream().map(Unit::getId).toList())
                .forEach(c -> withLiaison.add(c.getUnitId()));
        return schools.stream().map(s -> new SchoolSummary(s.getId(), s.getCode(), s.getName(), s.getTownshipId(),
                s.getSchoolKind(), s.getOwnership(), s.getStudentCount() == null ? 0 : s.getStudentCount(),
                withLiaison.contains(s.getId()))).toList();
    }

    // ---- contacts and liaisons ----

    public ContactView addContact(long unitId, ContactDetails details) {
        find(unitId);
        Contact contact = new Contact(unitId);
        contact.describe(details.name().trim(), blankToNull(details.title()), blankToNull(details.email()),
                blankToNull(details.phone()), blankToNull(details.userId()));
        if (details.liaison()) {
            requireNoLiaison(unitId, null);
            contact.liaison(true);
        }
        return view(contacts.saveAndFlush(contact));
    }

    public ContactView updateContact(long contactId, ContactDetails details) {
        Contact contact = findContact(contactId);
        contact.describe(details.name().trim(), blankToNull(details.title()), blankToNull(details.email()),
                blankToNull(details.phone()), blankToNull(details.userId()));
        if (details.liaison() && !contact.isLiaison()) {
            requireNoLiaison(contact.getUnitId(), contactId);
        }
        contact.liaison(details.liaison());
        return view(contacts.saveAndFlush(contact));
    }

    public void removeContact(long contactId) {
        contacts.delete(findContact(contactId));
    }

    /** Makes a contact the unit's liaison; a unit has one liaison, so a second is refused (409). */
    public ContactView designateLiaison(long unitId, long contactId) {
        find(unitId);
        Contact contact = findContact(contactId);
        if (!contact.getUnitId().equals(unitId)) {
            throw DomainException.invalid("contactId", "该联系人不属于此单位", "the contact belongs to another unit");
        }
        if (!contact.isLiaison()) {
            requireNoLiaison(unitId, contactId);
            contact.liaison(true);
        }
        return view(contacts.saveAndFlush(contact));
    }

    /** The unit then has no liaison until another is designated. */
    public void revokeLiaison(long unitId) {
        find(unitId);
        contacts.findByLiaisonOf(unitId).ifPresent(c -> c.liaison(false));
    }

    @Transactional(readOnly = true)
    public Optional<ContactView> liaison(long unitId) {
        return contacts.findByLiaisonOf(unitId).map(OrganizationService::view);
    }

    @Transactional(readOnly = true)
    public List<ContactView> contacts(long unitId) {
        find(unitId);
        return contacts.findByUnitIdOrderById(unitId).stream().map(OrganizationService::view).toList();
    }

    private void requireNoLiaison(long unitId, Long except) {
        contacts.findByLiaisonOf(unitId).filter(c -> !c.getId().equals(except)).ifPresent(c -> {
            throw DomainException.conflict("liaison", "该单位已有督学联络员：" + c.getName(),
                    "the unit already has a liaison: " + c.getName());
        });
    }

    private Unit find(long id) {
        return units.findById(id).orElseThrow(() -> DomainException.notFound("单位", "unit", id));
    }

    private Contact findContact(long id) {
        return contacts.findById(id).orElseThrow(() -> DomainException.notFound("联系人", "contact", id));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Specification<Unit> specification(UnitQuery query) {
        return (root, q, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (query.kind() != null) {
                where.add(cb.equal(root.get("kind"), query.kind()));
            }
            if (query.townshipId() != null) {
                where.add(cb.or(cb.equal(root.get("townshipId"), query.townshipId()),
                        cb.equal(root.get("id"), query.townshipId())));
            }
            if (query.schoolKind() != null) {
                where.add(cb.equal(root.get("schoolKind"), query.schoolKind()));
            }
            if (query.ownership() != null) {
                where.add(cb.equal(root.get("ownership"), query.ownership()));
            }
            if (query.committeeMember() != null) {
                where.add(cb.equal(root.get("committeeMember"), query.committeeMember()));
            }
            if (query.q() != null && !query.q().isBlank()) {
                String like = "%" + query.q().trim().toLowerCase(Locale.ROOT).replace("%", "") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("name")), like), cb.like(cb.lower(root.get("code")), like)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private List<UnitView> views(List<Unit> list) {
        Set<Long> related = new HashSet<>();
        list.forEach(u -> {
            if (u.getTownshipId() != null) {
                related.add(u.getTownshipId());
            }
            if (u.getSupervisingDepartmentId() != null) {
                related.add(u.getSupervisingDepartmentId());
            }
        });
        Map<Long, String> names = new HashMap<>();
        if (!related.isEmpty()) {
            units.findByIdIn(related).forEach(u -> names.put(u.getId(), u.getName()));
        }
        Map<Long, ContactView> liaisons = new HashMap<>();
        if (!list.isEmpty()) {
            contacts.findByLiaisonOfIn(list.stream().map(Unit::getId).toList())
                    .forEach(c -> liaisons.put(c.getUnitId(), view(c)));
        }
        return list.stream().map(u -> view(u, names, liaisons.get(u.getId()), null)).toList();
    }

    private UnitView view(Unit unit, boolean withContacts) {
        Map<Long, String> names = new HashMap<>();
        if (unit.getTownshipId() != null) {
            units.findById(unit.getTownshipId()).ifPresent(t -> names.put(t.getId(), t.getName()));
        }
        if (unit.getSupervisingDepartmentId() != null) {
            units.findById(unit.getSupervisingDepartmentId()).ifPresent(d -> names.put(d.getId(), d.getName()));
        }
        List<ContactView> all = withContacts && unit.getId() != null
                ? contacts.findByUnitIdOrderById(unit.getId()).stream().map(OrganizationService::view).toList() : null;
        ContactView liaison = unit.getId() == null ? null
                : contacts.findByLiaisonOf(unit.getId()).map(OrganizationService::view).orElse(null);
        return view(unit, names, liaison, all);
    }

    private static UnitView view(Unit u, Map<Long, String> names, ContactView liaison, List<ContactView> contacts) {
        return new UnitView(u.getId(), u.getVersion(), u.getCode(), u.getName(), u.getKind(), u.getKind().label(),
                u.isCommitteeMember(), u.getTownshipId(), names.get(u.getTownshipId()), u.getSchoolKind(),
                u.getOwnership(), u.getStudentCount(), u.getLicenceNumber(), u.getSupervisingDepartmentId(),
                names.get(u.getSupervisingDepartmentId()), u.getAddress(), u.groupId(), liaison, contacts);
    }

    private static ContactView view(Contact c) {
        return new ContactView(c.getId(), c.getUnitId(), c.getName(), c.getTitle(), c.getEmail(), c.getPhone(),
                c.getUserId(), c.isLiaison());
    }
}
