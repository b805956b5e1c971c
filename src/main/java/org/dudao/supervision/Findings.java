package org.dudao.supervision;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Findings extends JpaRepository<Finding, Long> {

    List<Finding> findByCaseIdOrderByItemNo(Long caseId);

    List<Finding> findByIdIn(Collection<Long> ids);

    long countByCaseIdAndStatusIn(Long caseId, Collection<FindingStatus> statuses);
}
