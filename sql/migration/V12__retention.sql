-- Retention: one rule per record category, legal holds on engagements, the purge's lease and
-- receipts, and erasure requests. Receipts and requests hold counts and dates, never content.

CREATE TABLE retention_rule (
    category    VARCHAR(24) NOT NULL,
    months      INT         NOT NULL,
    start_event VARCHAR(24) NOT NULL,
    disposal    VARCHAR(12) NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (category),
    CONSTRAINT ck_retention_rule_months CHECK (months BETWEEN 1 AND 1200),
    CONSTRAINT ck_retention_rule_start CHECK (start_event IN ('ENGAGEMENT_CLOSED', 'RECORD_CREATED', 'ACCOUNT_DEACTIVATED')),
    CONSTRAINT ck_retention_rule_disposal CHECK (disposal IN ('DELETE', 'ANONYMISE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The documented defaults (README, "Retention").
INSERT INTO retention_rule (category, months, start_event, disposal) VALUES
    ('SESSION_NOTES',        72, 'ENGAGEMENT_CLOSED',   'ANONYMISE'),
    ('ACTIONS',              72, 'ENGAGEMENT_CLOSED',   'ANONYMISE'),
    ('FEEDBACK',             72, 'ENGAGEMENT_CLOSED',   'ANONYMISE'),
    ('REFLECTIONS',          36, 'RECORD_CREATED',      'DELETE'),
    ('DEVELOPMENT_NOTES',    36, 'RECORD_CREATED',      'DELETE'),
    ('RECAP_RECORDS',        24, 'RECORD_CREATED',      'ANONYMISE'),
    ('AUDIT_ENTRIES',        84, 'RECORD_CREATED',      'DELETE'),
    ('DEACTIVATED_ACCOUNTS', 24, 'ACCOUNT_DEACTIVATED', 'ANONYMISE'),
    ('CLIENT_RECORDS',       72, 'ENGAGEMENT_CLOSED',   'ANONYMISE');

CREATE TABLE retention_settings (
    id                 INT    NOT NULL,
    warning_days       INT    NOT NULL DEFAULT 14,
    erasure_grace_days INT    NOT NULL DEFAULT 30,
    version            BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT ck_retention_settings CHECK (warning_days BETWEEN 0 AND 365 AND erasure_grace_days BETWEEN 0 AND 365)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO retention_settings (id) VALUES (1);

-- When an account was deactivated (the start of its retention period) and when it was anonymised.
ALTER TABLE account
    ADD COLUMN deactivated_at DATETIME(6) NULL,
    ADD COLUMN anonymised_at  DATETIME(6) NULL;
UPDATE account SET deactivated_at = UTC_TIMESTAMP(6) WHERE active = FALSE;

ALTER TABLE client
    ADD COLUMN anonymised_at DATETIME(6) NULL;

-- A cancelled engagement ends too: closed_at is when it ended, either way.
UPDATE engagement SET closed_at = UTC_TIMESTAMP(6) WHERE status = 'CANCELLED' AND closed_at IS NULL;
ALTER TABLE engagement ADD INDEX ix_engagement_closed (closed_at);

CREATE TABLE legal_hold (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    engagement_id BIGINT       NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    placed_by     BIGINT       NOT NULL,
    placed_at     DATETIME(6)  NOT NULL,
    released_by   BIGINT       NULL,
    released_at   DATETIME(6)  NULL,
    PRIMARY KEY (id),
    INDEX ix_legal_hold_engagement (engagement_id, released_at),
    CONSTRAINT fk_legal_hold_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT fk_legal_hold_placed_by FOREIGN KEY (placed_by) REFERENCES account (id),
    CONSTRAINT fk_legal_hold_released_by FOREIGN KEY (released_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row: whoever holds an unexpired lease runs the purge; every other instance leaves it alone.
CREATE TABLE purge_lease (
    id         INT         NOT NULL,
    holder     VARCHAR(64) NULL,
    expires_at DATETIME(6) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO purge_lease (id) VALUES (1);

CREATE TABLE purge_run (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    started_at  DATETIME(6) NOT NULL,
    finished_at DATETIME(6) NULL,
    started_by  BIGINT      NULL,
    PRIMARY KEY (id),
    INDEX ix_purge_run_started (started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- No foreign key to client: the request outlives the client it erased.
CREATE TABLE erasure_request (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    client_id      BIGINT        NOT NULL,
    pseudonym      VARCHAR(12)   NOT NULL,
    reason         VARCHAR(500)  NOT NULL,
    requested_by   BIGINT        NOT NULL,
    requested_at   DATETIME(6)   NOT NULL,
    approved_by    BIGINT        NULL,
    approved_at    DATETIME(6)   NULL,
    due_at         DATETIME(6)   NULL,
    withdrawn_by   BIGINT        NULL,
    withdrawn_at   DATETIME(6)   NULL,
    carried_out_at DATETIME(6)   NULL,
    status         VARCHAR(12)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_erasure_request_client (client_id),
    INDEX ix_erasure_request_due (status, due_at),
    CONSTRAINT fk_erasure_requested_by FOREIGN KEY (requested_by) REFERENCES account (id),
    CONSTRAINT fk_erasure_approved_by FOREIGN KEY (approved_by) REFERENCES account (id),
    CONSTRAINT fk_erasure_withdrawn_by FOREIGN KEY (withdrawn_by) REFERENCES account (id),
    CONSTRAINT ck_erasure_status CHECK (status IN ('REQUESTED', 'APPROVED', 'WITHDRAWN', 'CARRIED_OUT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE purge_receipt (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    run_id      BIGINT      NOT NULL,
    category    VARCHAR(24) NOT NULL,
    months      INT         NULL,
    start_event VARCHAR(24) NULL,
    disposal    VARCHAR(12) NOT NULL,
    erasure_id  BIGINT      NULL,
    how_many    INT         NOT NULL,
    finished_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_purge_receipt_run (run_id),
    CONSTRAINT fk_purge_receipt_run FOREIGN KEY (run_id) REFERENCES purge_run (id),
    CONSTRAINT fk_purge_receipt_erasure FOREIGN KEY (erasure_id) REFERENCES erasure_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The audit chain may lose its oldest entries to retention: the chain then starts from this hash.
ALTER TABLE audit_head ADD COLUMN chain_start CHAR(64) NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000';
