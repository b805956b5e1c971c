package org.dudao.audit;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail. Writing is {@link AuditListener}'s job alone. */
@Service
@Transactional(readOnly = true)
public class AuditTrail {


    /** One audited write as the API shows it. */
    public record Entry(Long id, Instant at, String actor, String entityType, Long entityId, String action,
                        Long caseId, List<FieldChange> changes) {
    }

    /** A field's old and new value as text (lists for collections). */
    public record FieldChange(String field, Object oldValue, Object newValue) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditEntries entries;

    AuditTrail(AuditEntries entries) {
        this.entries = entries;
    }

    /** Everything written about a case and its findings, rectifications and escalation records, oldest first. */
    public List<Entry> forCase(long caseId) {
        return entries.findByCaseIdOrderByIdAsc(caseId).stream().map(AuditTrail::view).toList();
    }

    /** Everything written about one entity, e.g. ("Unit", 7), oldest first. */
    public List<Entry> forEntity(String entityType, long entityId) {
        return entries.findByEntityTypeAndEntityIdOrderByIdAsc(entityType, entityId).stream().map(AuditTrail::view).toList();
    }

    private static Entry view(AuditEntry entry) {
        List<FieldChange> changes;
        try {
            List<java.util.Map<String, Object>> raw = entry.getChanges() == null ? List.of()
                    : JSON.readValue(entry.getChanges(), new TypeReference<>() { });
            changes = raw.stream().map(c -> new FieldChange((String) c.get("field"), c.get("old"), c.get("new"))).toList();
        } catch (JsonProcessingException e) {
            changes = List.of();
        }
        return new Entry(entry.getId(), entry.getHappenedAt(), entry.getActor(), entry.getEntityType(),
                entry.getEntityId(), entry.getAction(), entry.getCaseId(), changes);
    }
}
