package org.dudao.notification;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The outbox. Every change of a delivery's state is one conditional UPDATE that names the state
 * it expects (compare-and-set): on H2 and on MySQL the row lock makes concurrent updates of one
 * row queue up, and the loser re-reads the row, finds the condition false and changes nothing.
 * A return value of 1 means "this caller made the transition", 0 means "someone else did".
 */
interface NoticeDeliveries extends JpaRepository<NoticeDelivery, Long> {

    @Query("""
            select d.id from NoticeDelivery d
            where d.status in :statuses and d.nextAttemptAt <= :now
            order by d.nextAttemptAt, d.id""")
    List<Long> findDue(Collection<DeliveryStatus> statuses, LocalDateTime now, Limit limit);

    @Query("select d.id from NoticeDelivery d where d.status = :sending and d.claimUntil < :now order by d.id")
    List<Long> findExpiredClaims(DeliveryStatus sending, LocalDateTime now);

    /** PENDING/RETRYING and due → SENDING, owned by {@code node} until {@code until}; counts the attempt. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update NoticeDelivery d
            set d.status = :sending, d.claimedBy = :node, d.claimUntil = :until, d.attempts = d.attempts + 1,
                d.updatedAt = :now
            where d.id = :id and d.status in :claimable and d.nextAttemptAt <= :now""")
    int claim(Long id, String node, LocalDateTime now, LocalDateTime until, DeliveryStatus sending,
              Collection<DeliveryStatus> claimable);

    /** The owner saw the server accept the message (also from UNCERTAIN, in case a sweep got there first). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update NoticeDelivery d
            set d.status = :sent, d.sentAt = :now, d.claimUntil = null, d.nextAttemptAt = null, d.lastError = null,
                d.updatedAt = :now
            where d.id = :id and d.claimedBy = :node and d.status in :from""")
    int markSent(Long id, String node, LocalDateTime now, DeliveryStatus sent, Collection<DeliveryStatus> from);

    /** The owner's attempt ended in a known state without sending: RETRYING (with its due time), FAILED or UNCERTAIN. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update NoticeDelivery d
            set d.status = :to, d.nextAttemptAt = :next, d.claimUntil = null, d.lastError = :error, d.updatedAt = :now
            where d.id = :id and d.claimedBy = :node and d.status = :sending""")
    int release(Long id, String node, LocalDateTime now, DeliveryStatus to, LocalDateTime next, String error,
                DeliveryStatus sending);

    /** A SENDING row whose owner's lease ran out: the owner died somewhere around the SMTP call. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update NoticeDelivery d
            set d.status = :uncertain, d.lastError = :error, d.updatedAt = :now
            where d.id = :id and d.status = :sending and d.claimUntil < :now""")
    int expire(Long id, LocalDateTime now, String error, DeliveryStatus sending, DeliveryStatus uncertain);

    /** No SMTP server configured: a due row is kept as a record only. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update NoticeDelivery d
            set d.status = :recorded, d.nextAttemptAt = null, d.updatedAt = :now
            where d.id = :id and d.status in :from and d.nextAttemptAt <= :now""")
    int record(Long id, LocalDateTime now, DeliveryStatus recorded, Collection<DeliveryStatus> from);

    /** Staff asked to send again: back to PENDING with a fresh count of attempts. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update NoticeDelivery d
            set d.status = :pending, d.attempts = 0, d.nextAttemptAt = :now, d.claimedBy = null, d.claimUntil = null,
                d.updatedAt = :now
            where d.id = :id and d.status in :from""")
    int requeue(Long id, LocalDateTime now, DeliveryStatus pending, Collection<DeliveryStatus> from);

    /** Staff confirmed that an UNCERTAIN copy did arrive. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update NoticeDelivery d
            set d.status = :sent, d.sentAt = :now, d.claimedBy = null, d.claimUntil = null, d.updatedAt = :now
            where d.id = :id and d.status = :uncertain""")
    int confirmSent(Long id, LocalDateTime now, DeliveryStatus sent, DeliveryStatus uncertain);
}
