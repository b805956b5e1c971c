package org.dudao.audit;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

/**
 * Writes one audit entry for every insert, update and delete of a domain entity, and for every
 * change of an entity's element collection, in the same transaction and on the same connection
 * as the write itself — so no service has to remember it, and a rolled-back write leaves no entry.
 */
class AuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionUpdateEventListener {

    static final String INSERT = "insert into audit_entry (happened_at, actor, entity_type, entity_id, action, case_id, changes)"
            + " values (?, ?, ?, ?, ?, ?, ?)";
    private static final int MAX_VALUE_LENGTH = 500;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ThreadLocal<java.util.Calendar> UTC = ThreadLocal.withInitial(() ->
            java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")));

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (!audited(event.getEntity())) {
            return;
        }
        List<Map<String, Object>> changes = new ArrayList<>();
        EntityPersister persister = event.getPersister();
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        for (int i = 0; i < names.length; i++) {
            Object value = render(event.getSession(), types[i], event.getState()[i]);
            if (value != null && !isVersion(persister, i)) {
                changes.add(change(names[i], null, value));
            }
        }
        write(event.getSession(), event.getEntity(), event.getId(), "CREATE", changes);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!audited(event.getEntity())) {
            return;
        }
        EntityPersister persister = event.getPersister();
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        Object[] old = event.getOldState();
        List<Map<String, Object>> changes = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (isVersion(persister, i) || types[i].isCollectionType()) {
                continue;
            }
            Object before = old == null ? null : render(event.getSession(), types[i], old[i]);
            Object after = render(event.getSession(), types[i], event.getState()[i]);
            if (!Objects.equals(before, after)) {
                changes.add(change(names[i], before, after));
            }
        }
        if (!changes.isEmpty()) {
            write(event.getSession(), event.getEntity(), event.getId(), "UPDATE", changes);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (!audited(event.getEntity())) {
            return;
        }
        List<Map<String, Object>> changes = new ArrayList<>();
        EntityPersister persister = event.getPersister();
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        Object[] state = event.getDeletedState();
        for (int i = 0; state != null && i < names.length; i++) {
            Object value = types[i].isCollectionType() ? null : render(event.getSession(), types[i], state[i]);
            if (value != null && !isVersion(persister, i)) {
                changes.add(change(names[i], value, null));
            }
        }
        write(event.getSession(), event.getEntity(), event.getId(), "DELETE", changes);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        if (owner == null || !audited(owner)) {
            return;
        }
        PersistentCollection<?> collection = event.getCollection();
        String role = collection.getRole();
        String field = role.substring(role.lastIndexOf('.') + 1);
        Object before = renderElements(collection.getStoredSnapshot());
        Object after = renderElements(collection);
        if (!Objects.equals(before, after)) {
            write(event.getSession(), owner, event.getAffectedOwnerIdOrNull(), "UPDATE",
                    List.of(change(field, before, after)));
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static boolean audited(Object entity) {
        return entity != null && entity.getClass().getName().startsWith("org.dudao.")
                && !entity.getClass().getPackageName().equals(AuditListener.class.getPackageName());
    }

    private static boolean isVersion(EntityPersister persister, int index) {
        return persister.isVersioned() && persister.getVersionProperty() == index;
    }

    private static Map<String, Object> change(String field, Object before, Object after) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("field", field);
        change.put("old", before);
        change.put("new", after);
        return change;
    }

    private static Object render(EventSource session, Type type, Object value) {
        if (value == null) {
            return null;
        }
        if (type.isEntityType()) {
            Object id = session.getContextEntityIdentifier(value);
            return id == null ? null : id.toString();
        }
        if (type.isCollectionType()) {
            return value instanceof PersistentCollection<?> collection && !collection.wasInitialized()
                    ? null : renderElements(value);
        }
        return scalar(value);
    }

    private static Object renderElements(Object collection) {
        if (collection == null) {
            return null;
        }
        Collection<?> elements = collection instanceof Map<?, ?> map ? map.values()
                : collection instanceof Collection<?> c ? c : List.of(collection);
        List<String> rendered = new ArrayList<>();
        for (Object element : elements) {
            if (element != null && element.getClass().getName().startsWith("org.dudao.") && !(element instanceof Enum<?>)) {
                // child entities are audited on their own; name them by their own string form
                rendered.add(truncate(element.toString()));
            } else {
                rendered.add(element == null ? null : scalar(element));
            }
        }
        if (collection instanceof java.util.Set<?>) {
            rendered.sort(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        }
        return rendered;
    }

    private static String scalar(Object value) {
        if (value instanceof Instant instant) {
            return instant.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (value instanceof TemporalAccessor || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?>) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            return "(" + bytes.length + " bytes)";
        }
        return truncate(value.toString());
    }

    private static String truncate(String text) {
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH) + "…";
    }

    private static void write(EventSource session, Object entity, Object id, String action, List<Map<String, Object>> changes) {
        Long caseId = entity instanceof CaseLinked linked ? linked.auditCaseId() : null;
        String json;
        try {
            json = JSON.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit changes", e);
        }
        String type = entity.getClass().getSimpleName();
        String actor = Actor.current();
        // the same connection, inside the flush of the same transaction as the write
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                // in UTC, as Hibernate reads and writes every timestamp (hibernate.jdbc.time_zone)
                insert.setTimestamp(1, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS)), UTC.get());
                insert.setString(2, actor);
                insert.setString(3, type);
                if (id instanceof Number number) {
                    insert.setLong(4, number.longValue());
                } else {
                    insert.setNull(4, Types.BIGINT);
                }
                insert.setString(5, action);
                if (caseId != null) {
                    insert.setLong(6, caseId);
                } else {
                    insert.setNull(6, Types.BIGINT);
                }
                insert.setString(7, json);
                insert.executeUpdate();
            }
        });
    }

}
