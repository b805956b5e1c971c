package org.dudao.workflow;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.dudao.shared.DomainException;

/**
 * The fields of a submitted form as the Tasklist sends them (docs/processes.md §1): text as String
 * ({@code ""} counts as not given), numbers, Booleans, dates as {@code yyyy-MM-dd}, lists as Spin JSON.
 * Every non-decision field read is remembered, so the listener can remove it afterwards and only ids and
 * decisions stay on the process instance.
 */
public final class FormFields {

    private final VariableScope scope;
    private final Set<String> consumed = new LinkedHashSet<>();

    private FormFields(VariableScope scope) {
        this.scope = scope;
    }

    public static FormFields of(VariableScope scope) {
        return new FormFields(scope);
    }

    /** The text, trimmed; null when not given. */
    public String text(String name) {
        Object value = read(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    public String requiredText(String name, String labelZh) {
        String text = text(name);
        if (text == null) {
            throw DomainException.invalid(name, "请填写" + labelZh, name + " is required");
        }
        return text;
    }

    public LocalDate date(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            // form-js sends yyyy-MM-dd; a date-time value keeps only its day
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(name, "日期格式不正确：" + text, "not a date: " + text);
        }
    }

    public LocalDate requiredDate(String name, String labelZh) {
        LocalDate date = date(name);
        if (date == null) {
            throw DomainException.invalid(name, "请填写" + labelZh, name + " is required");
        }
        return date;
    }

    public boolean flag(String name) {
        Object value = read(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString().trim());
    }

    /** A list of strings: a Spin JSON array, a Java collection or a JSON array in a string. */
    public List<String> strings(String name) {
        List<String> strings = new ArrayList<>();
        for (Object item : items(read(name))) {
            String text = item instanceof SpinJsonNode node ? (node.isString() ? node.stringValue() : node.toString())
                    : String.valueOf(item);
            if (text != null && !text.isBlank()) {
                strings.add(text.trim());
            }
        }
        return strings;
    }

    /** A dynamic list: one JSON object per item. */
    public List<SpinJsonNode> objects(String name) {
        List<SpinJsonNode> objects = new ArrayList<>();
        for (Object item : items(read(name))) {
            if (item instanceof SpinJsonNode node && node.isObject()) {
                objects.add(node);
            } else if (item instanceof java.util.Map<?, ?> map) {
                objects.add(Spin.JSON(map));
            }
        }
        return objects;
    }

    /** A decision (output-mapped to the process instance, never removed). */
    public String decision(String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    public boolean decisionFlag(String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString().trim());
    }

    /** Removes every field read (except decisions) from the task and its process instance. */
    public void removeConsumed() {
        consumed.forEach(scope::removeVariable);
    }

    private Object read(String name) {
        consumed.add(name);
        return scope.getVariable(name);
    }

    private static Collection<?> items(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof SpinJsonNode node) {
            return node.isArray() ? node.elements() : List.of();
        }
        if (value instanceof Collection<?> collection) {
            return collection;
        }
        String text = value.toString().trim();
        if (text.startsWith("[")) {
            return Spin.JSON(text).elements();
        }
        return text.isEmpty() ? List.of() : List.of(text.split("\\s*[,，、]\\s*"));
    }

    /** Reads an object field of a dynamic-list item as text; null when empty. */
    public static String text(SpinJsonNode item, String field) {
        if (!item.hasProp(field)) {
            return null;
        }
        SpinJsonNode value = item.prop(field);
        if (value.isNull()) {
            return null;
        }
        String text = value.isString() ? value.stringValue() : value.isValue() ? String.valueOf(value.value()) : value.toString();
        return text == null || text.isBlank() ? null : text.trim();
    }
}
