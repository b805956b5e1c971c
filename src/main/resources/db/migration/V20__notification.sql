-- Notices as documents, their per-recipient deliveries (the transactional outbox) and status history.
-- One SQL for H2 2.3 and MySQL 8 / MariaDB 10.11.

CREATE TABLE notice (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    idempotency_key VARCHAR(150)  NOT NULL,
    kind            VARCHAR(40)   NOT NULL,
    case_id         BIGINT,
    case_title      VARCHAR(300),
    unit_id         BIGINT,
    unit_name       VARCHAR(200),
    task_id         VARCHAR(64),
    deadline        DATE,
    document_number VARCHAR(100),
    subject         VARCHAR(500)  NOT NULL,
    body_html       MEDIUMTEXT    NOT NULL,
    body_text       MEDIUMTEXT    NOT NULL,
    document_html   MEDIUMTEXT,
    issued_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uk_notice_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT uk_notice_document_number UNIQUE (document_number)
);
CREATE INDEX ix_notice_case ON notice (case_id);
CREATE INDEX ix_notice_issued_at ON notice (issued_at);

-- one row per (notice, recipient): the unit of sending, claiming and retrying
CREATE TABLE notice_delivery (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    notice_id       BIGINT        NOT NULL,
    idempotency_key VARCHAR(420)  NOT NULL,
    message_id      VARCHAR(200)  NOT NULL,
    recipient_name  VARCHAR(100)  NOT NULL,
    recipient_email VARCHAR(254)  NOT NULL,
    recipient_role  VARCHAR(40)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6),
    claimed_by      VARCHAR(100),
    claim_until     DATETIME(6),
    last_error      VARCHAR(1000),
    sent_at         DATETIME(6),
    updated_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_notice_delivery_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
    CONSTRAINT uk_notice_delivery_key UNIQUE (idempotency_key)
);
CREATE INDEX ix_notice_delivery_due ON notice_delivery (status, next_attempt_at);

CREATE TABLE notice_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    notice_id   BIGINT        NOT NULL,
    delivery_id BIGINT,
    event       VARCHAR(30)   NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(100),
    detail      VARCHAR(1000),
    CONSTRAINT fk_notice_event_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
    CONSTRAINT fk_notice_event_delivery FOREIGN KEY (delivery_id) REFERENCES notice_delivery (id)
);
CREATE INDEX ix_notice_event_notice ON notice_event (notice_id, occurred_at);

-- 文号: one gap-free sequence per prefix and year, advanced in the issuing transaction
CREATE TABLE notice_number_sequence (
    number_prefix VARCHAR(50) NOT NULL,
    number_year   INT         NOT NULL,
    last_number   INT         NOT NULL,
    CONSTRAINT pk_notice_number_sequence PRIMARY KEY (number_prefix, number_year)
);
