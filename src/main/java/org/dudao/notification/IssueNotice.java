package org.dudao.notification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The command to issue a notice. The caller names everything the notice is about by id and
 * display name (this package knows no cases or units) and gives a deterministic idempotency key,
 * e.g. {@code urging:finding-42:round-1}: issuing the same key again returns the stored notice.
 *
 * @param idempotencyKey deterministic key of the business event, ASCII letters, digits and {@code : . _ -}
 * @param kind           what the notice is
 * @param caseId         the supervision case, if any (also the process business key)
 * @param caseTitle      the case's display title, e.g. 2026年春季三溪镇中心小学综合督导
 * @param unitId         the unit the notice is about, if any
 * @param unitName       the unit's name, e.g. 三溪镇中心小学
 * @param taskId         the Camunda task the recipient should work on; the mail links to it
 * @param deadline       the deadline the notice sets or reminds of
 * @param findings       short items, e.g. the findings to rectify, one line each
 * @param message        an extra paragraph in the caller's words (decision text, measures, remarks)
 * @param meetingAt      for interviews, feedback meetings and announced inspections: when
 * @param meetingPlace   and where
 * @param recipients     who receives it; one delivery each
 */
public record IssueNotice(
        @NotBlank @Size(max = 150) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9:._-]*") String idempotencyKey,
        @NotNull NoticeKind kind,
        Long caseId,
        @Size(max = 300) String caseTitle,
        Long unitId,
        @Size(max = 200) String unitName,
        @Size(max = 64) String taskId,
        LocalDate deadline,
        @Size(max = 100) List<@NotBlank @Size(max = 1000) String> findings,
        @Size(max = 4000) String message,
        LocalDateTime meetingAt,
        @Size(max = 200) String meetingPlace,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Recipient> recipients) {

    public IssueNotice {
        findings = findings == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(findings));
        recipients = recipients == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(recipients));
    }

    public static Builder builder(NoticeKind kind, String idempotencyKey) {
        return new Builder(kind, idempotencyKey);
    }

    /** Builds the command step by step, as a delegate has the parts at hand. */
    public static final class Builder {

        private final NoticeKind kind;
        private final String idempotencyKey;
        private Long caseId;
        private String caseTitle;
        private Long unitId;
        private String unitName;
        private String taskId;
        private LocalDate deadline;
        private final List<String> findings = new ArrayList<>();
        private String message;
        private LocalDateTime meetingAt;
        private String meetingPlace;
        private final List<Recipient> recipients = new ArrayList<>();

        private Builder(NoticeKind kind, String idempotencyKey) {
            this.kind = kind;
            this.idempotencyKey = idempotencyKey;
        }

        public Builder forCase(Long id, String title) {
            this.caseId = id;
            this.caseTitle = title;
            return this;
        }

        public Builder unit(Long id, String name) {
            this.unitId = id;
            this.unitName = name;
            return this;
        }

        public Builder task(String id) {
            this.taskId = id;
            return this;
        }

        public Builder deadline(LocalDate date) {
            this.deadline = date;
            return this;
        }

        public Builder finding(String item) {
            this.findings.add(item);
            return this;
        }

        public Builder findings(List<String> items) {
            this.findings.addAll(items);
            return this;
        }

        public Builder message(String text) {
            this.message = text;
            return this;
        }

        public Builder meeting(LocalDateTime at, String place) {
            this.meetingAt = at;
            this.meetingPlace = place;
            return this;
        }

        public Builder recipient(RecipientRole role, String name, String email) {
            this.recipients.add(Recipient.of(role, name, email));
            return this;
        }

        public Builder recipients(List<Recipient> list) {
            this.recipients.addAll(list);
            return this;
        }

        public IssueNotice build() {
            return new IssueNotice(idempotencyKey, kind, caseId, caseTitle, unitId, unitName, taskId, deadline,
                    findings, message, meetingAt, meetingPlace, recipients);
        }
    }
}
