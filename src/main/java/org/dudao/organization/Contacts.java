package org.dudao.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Contacts extends JpaRepository<Contact, Long> {

    List<Contact> findByUnitIdOrderById(Long unitId);

    Optional<Contact> findByLiaisonOf(Long unitId);

    List<Contact> findByLiaisonOfIn(Collection<Long> unitIds);
}
