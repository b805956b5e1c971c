package org.dudao.escalation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UrgingNotices extends JpaRepository<UrgingNotice, Long> {

    List<UrgingNotice> findByCaseIdOrderById(Long caseId);
}
