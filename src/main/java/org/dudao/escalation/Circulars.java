package org.dudao.escalation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Circulars extends JpaRepository<Circular, Long> {

    List<Circular> findByCaseIdOrderById(Long caseId);
}
