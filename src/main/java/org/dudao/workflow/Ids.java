package org.dudao.workflow;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads an id variable ({@code caseId}, {@code findingId}, …) whatever integral type it was stored with. */
public final class Ids {

    private Ids() {
    }

    public static long of(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof String text && text.matches("\\d+")) {
            return Long.parseLong(text);
        }
        throw new IllegalStateException("process variable " + name + " is missing or not an id: " + value);
    }
}
