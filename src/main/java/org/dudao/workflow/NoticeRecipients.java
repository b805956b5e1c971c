package org.dudao.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dudao.notification.Recipient;
import org.dudao.notification.RecipientRole;
import org.dudao.organization.OrganizationService;
import org.dudao.organization.OrganizationService.ContactView;
import org.dudao.organization.OrganizationService.UnitView;
import org.dudao.organization.UnitKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Who receives a notice: a unit's contacts and liaison (those with an email address), its supervising
 * department — for a school the department the registry names, for a township or county department the
 * county party committee and government ({@code dudao.units.party-and-government}) — and the standing
 * bodies named in {@link UnitCodes}.
 */
@Component
@EnableConfigurationProperties(UnitCodes.class)
public class NoticeRecipients {

    private static final Logger log = LoggerFactory.getLogger(NoticeRecipients.class);

    private final OrganizationService organization;
    private final UnitCodes codes;

    NoticeRecipients(OrganizationService organization, UnitCodes codes) {
        this.organization = organization;
        this.codes = codes;
    }

    /** The unit's contacts and liaison. */
    public List<Recipient> unit(long unitId) {
        return contacts(organization.unit(unitId), RecipientRole.UNIT_CONTACT);
    }

    /** The unit's supervising department (§9: 被督导单位的主管部门). */
    public List<Recipient> supervisingDepartment(long unitId) {
        UnitView unit = organization.unit(unitId);
        if (unit.kind() == UnitKind.SCHOOL && unit.supervisingDepartmentId() != null) {
            return contacts(organization.unit(unit.supervisingDepartmentId()), RecipientRole.SUPERVISING_DEPARTMENT);
        }
        return byCode(codes.partyAndGovernment(), RecipientRole.SUPERVISING_DEPARTMENT);
    }

    /** The unit and its supervising department: who every notice about a unit goes to. */
    public List<Recipient> unitAndSupervisor(long unitId) {
        return merge(unit(unitId), supervisingDepartment(unitId));
    }

    public List<Recipient> disciplineCommission() {
        return byCode(codes.disciplineCommission(), RecipientRole.DISCIPLINE);
    }

    public List<Recipient> organizationDepartment() {
        return byCode(codes.organizationDepartment(), RecipientRole.ORGANIZATION);
    }

    public List<Recipient> performanceOffice() {
        return byCode(codes.performanceOffice(), RecipientRole.PERFORMANCE_OFFICE);
    }

    public List<Recipient> partyAndGovernment() {
        return byCode(codes.partyAndGovernment(), RecipientRole.LEADERSHIP);
    }

    public List<Recipient> publicSecurity() {
        return byCode(codes.publicSecurity(), RecipientRole.PUBLIC_SECURITY);
    }

    public List<Recipient> educationBureau() {
        return byCode(codes.educationBureau(), RecipientRole.EDUCATION_BUREAU);
    }

    /** The name of a standing body by its configured code, e.g. 县纪委监委; empty when not configured. */
    public Optional<String> name(String code) {
        return code == null || code.isBlank() ? Optional.empty() : organization.unitByCode(code).map(UnitView::name);
    }

    public UnitCodes codes() {
        return codes;
    }

    /** The lists joined, each address once (the first role named wins). */
    @SafeVarargs
    public static List<Recipient> merge(List<Recipient>... lists) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        for (List<Recipient> list : lists) {
            for (Recipient recipient : list) {
                byAddress.putIfAbsent(recipient.email().toLowerCase(java.util.Locale.ROOT), recipient);
            }
        }
        return new ArrayList<>(byAddress.values());
    }

    /**
     * The recipients, or a failure when nobody can be reached: the job then retries and ends as an incident
     * in Cockpit, so staff add a contact address and retry — the notice is never silently skipped.
     */
    public static List<Recipient> require(List<Recipient> recipients, String about) {
        if (recipients.isEmpty()) {
            throw new IllegalStateException("没有可用的收件人邮箱（" + about + "）：请在单位登记中补充联系人邮箱后重试 / "
                    + "no recipient with an email address for " + about);
        }
        return recipients;
    }

    private List<Recipient> byCode(String code, RecipientRole role) {
        if (code == null || code.isBlank()) {
            return List.of();
        }
        Optional<UnitView> unit = organization.unitByCode(code);
        if (unit.isEmpty()) {
            log.warn("dudao.units names unit {} for {}, but no such unit is registered", code, role);
            return List.of();
        }
        return contacts(unit.get(), role);
    }

    private static List<Recipient> contacts(UnitView unit, RecipientRole role) {
        List<ContactView> all = new ArrayList<>(unit.contacts() == null ? List.of() : unit.contacts());
        if (unit.liaison() != null && all.stream().noneMatch(c -> c.id().equals(unit.liaison().id()))) {
            all.add(0, unit.liaison());
        }
        List<Recipient> recipients = new ArrayList<>();
        for (ContactView contact : all) {
            if (contact.email() != null && !contact.email().isBlank()) {
                String name = contact.name() + "（" + unit.name() + "）";
                recipients.add(Recipient.of(role, name.length() <= 100 ? name : name.substring(0, 99) + "…", contact.email().trim()));
            }
        }
        return recipients;
    }
}
