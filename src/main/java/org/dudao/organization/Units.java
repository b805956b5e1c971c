package org.dudao.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Units extends JpaRepository<Unit, Long>, JpaSpecificationExecutor<Unit> {

    boolean existsByCode(String code);

    Optional<Unit> findByCode(String code);

    List<Unit> findByName(String name);

    List<Unit> findByKindOrderByCode(UnitKind kind);

    // hot path: JPQL, whose SQL Hibernate caches (docs/architecture.md, "Repositories")
    @Query("select u from Unit u where u.id in ?1")
    List<Unit> findByIdIn(Collection<Long> ids);
}
