package org.dudao.notification;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Document numbers (文号) such as 武督办〔2026〕12号: one sequence per prefix and year, advanced in
 * the issuing transaction. The row lock serialises issuers across nodes, and a rolled-back issue
 * gives its number back, so the numbers have no gaps.
 */
@Component
class DocumentNumbers {

    private final JdbcTemplate jdbc;

    DocumentNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(String prefix, int year) {
        return prefix + "〔" + year + "〕" + nextNumber(prefix, year) + "号";
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
                // another transaction opened the year first: count on from its row
            }
        }
        throw new IllegalStateException("cannot advance the document number sequence " + prefix + " " + year);
    }
}
