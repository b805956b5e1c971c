package org.dudao.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The office's optional daily digest of what is overdue and what escalates next, collected from every
 * {@link OverdueDigestSource} bean and issued as one DIGEST notice to the configured office staff.
 * Once a day however many nodes run the schedule: the notice's key is {@code digest:<date>} and each
 * copy's {@code digest:<date>:<address>}, and the database's unique keys let only one node write it.
 */
@Service
public class DigestService {

    private static final Logger log = LoggerFactory.getLogger(DigestService.class);

    private final ObjectProvider<OverdueDigestSource> sources;
    private final NoticeService notices;
    private final NotificationProperties properties;
    private final TransactionTemplate transaction;

    DigestService(ObjectProvider<OverdueDigestSource> sources, NoticeService notices,
                  NotificationProperties properties, PlatformTransactionManager transactionManager) {
        this.sources = sources;
        this.notices = notices;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Scheduled(cron = "${dudao.notification.digest.cron:-}")
    void scheduled() {
        try {
            issueDigest(LocalDate.now());
        } catch (DataIntegrityViolationException e) {
            log.info("Today's digest was issued by another node at the same moment");
        }
    }

    /**
     * Issues the digest of {@code day} unless it exists already, there are no office recipients, or
     * nothing is overdue. Returns the notice id, if a digest exists for the day.
     */
    public Optional<Long> issueDigest(LocalDate day) {
        return issueDigest(day, sources.orderedStream().toList(), properties.digest().recipients());
    }

    Optional<Long> issueDigest(LocalDate day, List<OverdueDigestSource> from, List<Recipient> recipients) {
        String key = "digest:" + day;
        Optional<NoticeSummary> existing = notices.findByIdempotencyKey(key);
        if (existing.isPresent()) {
            return Optional.of(existing.get().id());
        }
        if (recipients.isEmpty()) {
            log.info("No digest recipients configured (dudao.notification.digest.recipients); no digest for {}", day);
            return Optional.empty();
        }
        List<String> lines = from.stream().flatMap(source -> source.digestLines(day).stream())
                .map(line -> line.text(day)).toList();
        if (lines.isEmpty()) {
            log.info("Nothing overdue on {}; no digest", day);
            return Optional.empty();
        }
        IssueNotice command = IssueNotice.builder(NoticeKind.DIGEST, key)
                .findings(lines.size() <= 100 ? lines : lines.subList(0, 100))
                .message(lines.size() <= 100 ? null : "另有 " + (lines.size() - 100) + " 项未列出，请登录督导系统查看。")
                .recipients(recipients)
                .build();
        return Optional.ofNullable(transaction.execute(status -> notices.issue(command)));
    }
}
