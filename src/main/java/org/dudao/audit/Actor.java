package org.dudao.audit;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting: the authenticated user of the request, or {@code system} (start-up, jobs). */
public final class Actor {

    public static final String SYSTEM = "system";

    private Actor() {
    }

    public static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
                || authentication.getName() == null || authentication.getName().isBlank()) {
            return SYSTEM;
        }
        String name = authentication.getName();
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
