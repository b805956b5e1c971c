package org.dudao.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Notices extends JpaRepository<Notice, Long> {

    // hot path: JPQL, whose SQL Hibernate caches (docs/architecture.md, "Repositories")
    @Query("select n from Notice n where n.idempotencyKey = ?1")
    Optional<Notice> findByIdempotencyKey(String idempotencyKey);

    List<Notice> findByCaseIdOrderByIssuedAtDescIdDesc(Long caseId);

    /** Newest first; every filter is optional; {@code status} matches notices with a delivery in that state. */
    @Query("""
            select n from Notice n
            where (:caseId is null or n.caseId = :caseId)
              and (:kind is null or n.kind = :kind)
              and (:status is null or exists (
                    select d.id from NoticeDelivery d where d.notice = n and d.status = :status))
            order by n.issuedAt desc, n.id desc""")
    List<Notice> search(Long caseId, NoticeKind kind, DeliveryStatus status, Limit limit);
}
