package org.dudao.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Units extends JpaRepository<Unit, Long>, JpaSpecificationExecutor<Unit> {

    boolean existsByCode(String code);

    Optional<Unit> findByCode(String code);

    List<Unit> findByName(String name);

    List<Unit> findByKindOrderByCode(UnitKind kind);

    List<Unit> findByIdIn(Collection<Long> ids);
}
