package org.dudao.escalation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Interviews extends JpaRepository<Interview, Long> {

    List<Interview> findByCaseIdOrderById(Long caseId);
}
