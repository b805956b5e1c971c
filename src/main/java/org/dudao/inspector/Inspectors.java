package org.dudao.inspector;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Inspectors extends JpaRepository<Inspector, Long>, JpaSpecificationExecutor<Inspector> {

    boolean existsByUserId(String userId);

    List<Inspector> findByIdIn(Collection<Long> ids);

    List<Inspector> findByStatusAndDuty(InspectorStatus status, DutyKind duty);

    java.util.Optional<Inspector> findByUserId(String userId);
}
