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

    // JPQL: Hibernate 6 caches a JPQL string's SQL, but translates a derived (criteria) query on every call
    @Query("select u from Unit u where u.id in ?1")
    List<Unit> findByIdIn(Collection<Long> ids);
}
