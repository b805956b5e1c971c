package org.dudao.notification;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Document numbers (文号) such as 武督办〔2026〕12号: one sequence per prefix and year, advanced in
 * the issuing transaction. The row lock serialises issuers across nodes, and a rolled-back issue
 * gives its number back, so the numbers have no gaps. The number is drawn just before the commit
 * ({@link #atCommit}), so the lock is held for the commit only, not for the rest of the process step
 * (rendering, the engine's own writes): an escalation burst of 10,000 urging notices otherwise queued
 * every job thread of every node behind that one row (docs/benchmarks.md).
 * <p>
 * A year's row is created before anyone needs it ({@link #openYears}), outside any job: issuers racing to
 * create it inside their job transactions deadlock on MariaDB (each keeps the shared lock of its failed
 * duplicate-key insert, then wants the row for its UPDATE), and the losers wait for their job's retry.
 */
@Component
class DocumentNumbers {

    private final JdbcTemplate jdbc;
    private final NotificationProperties properties;

    DocumentNumbers(JdbcTemplate jdbc, NotificationProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * Creates this year's and next year's sequence rows if they are missing (never touches an existing one),
     * at start-up — before the job executor starts — and every night, so the year always turns over onto a row
     * that exists. Each insert commits on its own; a node racing on the same insert just finds the row there.
     */
    @EventListener(ContextRefreshedEvent.class)
    @Scheduled(cron = "${dudao.notification.open-years-cron:0 5 0 * * *}")
    void openYears() {
        int year = LocalDate.now().getYear();
        openYear(properties.documentNumberPrefix(), year);
        openYear(properties.documentNumberPrefix(), year + 1);
    }

    private void openYear(String prefix, int year) {
        try {
            jdbc.update("INSERT INTO notice_number_sequence (number_prefix, number_year, last_number) VALUES (?, ?, 0)",
                    prefix, year);
        } catch (DuplicateKeyException e) {
            // already open (the usual case after the first start): nothing to do
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(String prefix, int year) {
        return prefix + "〔" + year + "〕" + nextNumber(prefix, year) + "号";
    }

    /** A stand-in for the number in texts rendered before the number is known; unique per notice. */
    static String placeholder() {
        return "@@DOCNO-" + UUID.randomUUID() + "@@";
    }

    /** Draws the next number when the current transaction is about to commit and hands it to {@code numbered}. */
    @Transactional(propagation = Propagation.MANDATORY)
    void atCommit(String prefix, int year, Consumer<String> numbered) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                numbered.accept(next(prefix, year));
            }
        });
    }

    private int nextNumber(String prefix, int year) {
        for (int tries = 0; tries < 3; tries++) {
            int updated = jdbc.update("UPDATE notice_number_sequence SET last_number = last_number + 1"
                    + " WHERE number_prefix = ? AND number_year = ?", prefix, year);
            if (updated == 1) {
                return jdbc.queryForObject("SELECT last_number FROM notice_number_sequence"
                        + " WHERE number_prefix = ? AND number_year = ?", Integer.class, prefix, year);
            }
            try {
                jdbc.update("INSERT INTO notice_number_sequence (number_prefix, number_year, last_number)"
                        + " VALUES (?, ?, 1)", prefix, year);
                return 1;
            } catch (DuplicateKeyException e) {
                // another transaction opened the year first: count on from its row. Rare: openYears creates
                // the rows ahead of time; this is for a year it has not reached (a clock moved forward)
            }
        }
        throw new IllegalStateException("cannot advance the document number sequence " + prefix + " " + year);
    }
}
