package org.dudao.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Contacts extends JpaRepository<Contact, Long> {

    // hot path: JPQL, whose SQL Hibernate caches (docs/architecture.md, "Repositories")
    @Query("select c from Contact c where c.unitId = ?1 order by c.id")
    List<Contact> findByUnitIdOrderById(Long unitId);

    @Query("select c from Contact c where c.liaisonOf = ?1")
    Optional<Contact> findByLiaisonOf(Long unitId);

    @Query("select c from Contact c where c.liaisonOf in ?1")
    List<Contact> findByLiaisonOfIn(Collection<Long> unitIds);
}
