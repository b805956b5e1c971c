package org.dudao.workflow;

import java.util.List;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Lets the domain see the engine's user. The Tasklist logs users in to the engine, not to Spring
 * Security, so the domain's actor would be {@code system}; for the duration of a listener the engine's
 * user becomes the Spring Security user when there is none.
 */
final class EngineUser {

    private EngineUser() {
    }

    static void runAs(String userId, Runnable action) {
        Authentication present = SecurityContextHolder.getContext().getAuthentication();
        boolean known = present != null && present.isAuthenticated() && !(present instanceof AnonymousAuthenticationToken);
        if (known || userId == null) {
            action.run();
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
