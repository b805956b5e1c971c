package org.dudao.escalation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Accountabilities extends JpaRepository<Accountability, Long> {

    List<Accountability> findByCaseIdOrderById(Long caseId);
}
