package org.dudao.audit;

import java.util.List;

import org.springframework.data.repository.Repository;

interface AuditEntries extends Repository<AuditEntry, Long> {

    List<AuditEntry> findByCaseIdOrderByIdAsc(Long caseId);

    List<AuditEntry> findByEntityTypeAndEntityIdOrderByIdAsc(String entityType, Long entityId);
}
