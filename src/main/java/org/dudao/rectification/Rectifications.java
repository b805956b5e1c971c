package org.dudao.rectification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Rectifications extends JpaRepository<Rectification, Long>, JpaSpecificationExecutor<Rectification> {

    boolean existsByFindingId(Long findingId);

    // hot path: JPQL, whose SQL Hibernate caches (docs/architecture.md, "Repositories")
    @Query("select r from Rectification r where r.findingId = ?1")
    Optional<Rectification> findByFindingId(Long findingId);

    List<Rectification> findByFindingIdIn(Collection<Long> findingIds);

    List<Rectification> findByCaseIdOrderById(Long caseId);

    long countByCaseIdAndStageNot(Long caseId, RectificationStage stage);

    @Query("""
            select distinct r.caseId from Rectification r
            where (r.stage = org.dudao.rectification.RectificationStage.PLAN and r.planDue < :today)
               or (r.stage = org.dudao.rectification.RectificationStage.REPORT and r.reportDue < :today)""")
    Set<Long> overdueCaseIds(@Param("today") LocalDate today);

    @Query("""
            select count(r) > 0 from Rectification r
            where r.caseId = :caseId
              and ((r.stage = org.dudao.rectification.RectificationStage.PLAN and r.planDue < :today)
                or (r.stage = org.dudao.rectification.RectificationStage.REPORT and r.reportDue < :today))""")
    boolean anyOverdue(@Param("caseId") Long caseId, @Param("today") LocalDate today);
}
