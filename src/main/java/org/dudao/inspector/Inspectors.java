package org.dudao.inspector;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Inspectors extends JpaRepository<Inspector, Long>, JpaSpecificationExecutor<Inspector> {

    boolean existsByUserId(String userId);

    // hot path: JPQL, whose SQL Hibernate caches (docs/architecture.md, "Repositories")
    @Query("select i from Inspector i where i.status = ?1 and i.duty = ?2")
    List<Inspector> findByStatusAndDuty(InspectorStatus status, DutyKind duty);

    @Query("select i from Inspector i where i.id in ?1")
    List<Inspector> findByIdIn(Collection<Long> ids);

    java.util.Optional<Inspector> findByUserId(String userId);
}
