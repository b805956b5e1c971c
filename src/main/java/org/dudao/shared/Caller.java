package org.dudao.shared;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling: the logged-in user and their Camunda groups, or the system itself (a job, a
 * start-up task) when no one is logged in. The one place feature code asks "what may this caller see".
 */
public record Caller(String userId, Set<String> groups) {

    /** How a Camunda group appears among a logged-in user's Spring Security authorities. */
    public static final String GROUP_PREFIX = "GROUP_";

    public static final Caller SYSTEM = new Caller(null, Set.of());

    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
                || "anonymousUser".equals(authentication.getName())) {
            return SYSTEM;
        }
        Set<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(GROUP_PREFIX))
                .map(a -> a.substring(GROUP_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
        return new Caller(authentication.getName(), groups);
    }

    public boolean isSystem() {
        return userId == null;
    }

    public boolean inAny(String... groupIds) {
        for (String group : groupIds) {
            if (groups.contains(group)) {
                return true;
            }
        }
        return false;
    }

    /** The system, admins, office staff and the committee see every case and task. */
    public boolean seesEverything() {
        return isSystem() || inAny(Roles.ADMIN, Roles.OFFICE, Roles.COMMITTEE);
    }

    /** The unit liaison groups the caller belongs to. */
    public Set<String> unitGroups() {
        return groups.stream().filter(Roles::isUnitGroup).collect(Collectors.toUnmodifiableSet());
    }
}
