package org.dudao.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.dudao.organization.OrganizationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.dudao.organization.UnitRegistered;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps Camunda's groups and grants in step with Dudao's roles and registry: role groups on every
 * start, and a liaison group for every unit — at start for units already registered, and in the
 * same transaction as a new unit's registration.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccessSetup.class);

    private final RoleAccess roles;
    private final TasklistFilters filters;
    private final OrganizationService organization;
    private final TransactionTemplate transaction;

    AccessSetup(RoleAccess roles, TasklistFilters filters, OrganizationService organization,
                PlatformTransactionManager transactionManager) {
        this.roles = roles;
        this.filters = filters;
        this.organization = organization;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            transaction.executeWithoutResult(status -> ensureAll());
        } catch (RuntimeException e) {
            // another node starting at the same moment created some of the same rows: one more pass sees them
            log.info("Access setup raced another node; checking again ({})", e.getMessage());
            transaction.executeWithoutResult(status -> ensureAll());
        }
    }

    private void ensureAll() {
        roles.ensureRoles();
        filters.ensureFilters();
        Map<String, String> unitGroups = new LinkedHashMap<>();
        organization.allLabels().forEach(unit -> unitGroups.put(OrganizationService.groupIdOf(unit.code()), unit.name()));
        roles.ensureUnitGroups(unitGroups);
    }

    @EventListener
    void unitRegistered(UnitRegistered unit) {
        roles.ensureUnitGroup(unit.groupId(), unit.name());
    }
}
