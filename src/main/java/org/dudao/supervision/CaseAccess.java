package org.dudao.supervision;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.dudao.inspector.InspectorService;
import org.dudao.inspector.InspectorService.SchoolRef;
import org.dudao.organization.OrganizationService;
import org.dudao.shared.Caller;
import org.dudao.shared.DomainException;
import org.dudao.shared.Roles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which cases a caller may see through {@code /api}: the system, admins, the office, the committee
 * and the discipline bodies (oversight) see every case; a unit's liaisons the cases that target
 * their unit; an inspector the cases they are on and the cases of the schools they are responsible
 * for. The same rule the engine applies to tasks, said once for the domain.
 */
@Component
@Transactional(readOnly = true)
public class CaseAccess {

    /** A restricted view: cases targeting one of {@code unitIds}, or with {@code inspectorId} on the team. */
    public record Scope(Set<Long> unitIds, Long inspectorId) {
    }

    private final Cases cases;
    private final OrganizationService organization;
    private final InspectorService inspectors;

    CaseAccess(Cases cases, OrganizationService organization, InspectorService inspectors) {
        this.cases = cases;
        this.organization = organization;
        this.inspectors = inspectors;
    }

    /** Empty: the caller sees every case. */
    public Optional<Scope> scope(Caller caller) {
        if (caller.seesEverything() || caller.inAny(Roles.DISCIPLINE)) {
            return Optional.empty();
        }
        Set<Long> units = new HashSet<>();
        for (String group : caller.unitGroups()) {
            String code = group.substring(Roles.UNIT_GROUP_PREFIX.length()).toUpperCase(Locale.ROOT);
            organization.unitByCode(code).ifPresent(unit -> units.add(unit.id()));
        }
        Long inspectorId = null;
        if (caller.userId() != null) {
            var inspector = inspectors.inspectorByUserId(caller.userId());
            if (inspector.isPresent()) {
                inspectorId = inspector.get().id();
                inspector.get().schools().stream().map(SchoolRef::id).forEach(units::add);
            }
        }
        return Optional.of(new Scope(Set.copyOf(units), inspectorId));
    }

    public boolean canSee(Caller caller, long caseId) {
        Optional<Scope> scope = scope(caller);
        if (scope.isEmpty()) {
            return true;
        }
        return cases.findById(caseId).map(c -> visible(c, scope.get())).orElse(false);
    }

    /** Refuses an invisible case as if it did not exist, so ids of other units' cases reveal nothing. */
    public void checkVisible(Caller caller, long caseId) {
        if (!canSee(caller, caseId)) {
            throw DomainException.notFound("督导案件", "case", caseId);
        }
    }

    /**
     * A record of one unit within a case (its rectification, notices, interview, circular,
     * accountability, evidence): visible to those who see every case, to that unit's liaisons,
     * and to inspectors who are on the case's team or responsible for that school.
     */
    public void checkUnitRecord(Caller caller, long caseId, Long unitId) {
        Optional<Scope> scope = scope(caller);
        if (scope.isEmpty()) {
            return;
        }
        boolean own = unitId != null && scope.get().unitIds().contains(unitId);
        if (!own && !onTeam(scope.get(), caseId)) {
            throw DomainException.notFound("记录", "record", caseId + "/" + unitId);
        }
    }

    /** Whether the caller is an inspector on the case's team. */
    public boolean onTeam(Caller caller, long caseId) {
        return scope(caller).map(scope -> onTeam(scope, caseId)).orElse(false);
    }

    private boolean onTeam(Scope scope, long caseId) {
        return scope.inspectorId() != null && cases.findById(caseId)
                .map(c -> c.getTeam().stream().anyMatch(m -> scope.inspectorId().equals(m.getInspectorId())))
                .orElse(false);
    }

    /** Whether the caller is one of the unit's liaisons (a member of its group). */
    public boolean isLiaisonOf(Caller caller, long unitId) {
        return caller.groups().contains(organization.unit(unitId).groupId());
    }

    static boolean visible(SupervisionCase c, Scope scope) {
        return c.getTargets().stream().anyMatch(t -> scope.unitIds().contains(t.getUnitId()))
                || (scope.inspectorId() != null
                && c.getTeam().stream().anyMatch(m -> scope.inspectorId().equals(m.getInspectorId())));
    }
}
