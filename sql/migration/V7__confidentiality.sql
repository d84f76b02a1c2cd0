-- Confidentiality: policies referenced by templates, break-glass openings, and the append-only
-- audit trail whose entries are chained by hash (audit_head serialises appends).

CREATE TABLE confidentiality_policy (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    name                     VARCHAR(120) NOT NULL,
    supervisors_see_identity BOOLEAN      NOT NULL DEFAULT FALSE,
    max_note_length          INT          NOT NULL DEFAULT 500,
    export_roles             VARCHAR(100) NOT NULL DEFAULT 'ADMIN',
    break_glass_allowed      BOOLEAN      NOT NULL DEFAULT TRUE,
    break_glass_hours        INT          NOT NULL DEFAULT 8,
    handover_rule            VARCHAR(20)  NOT NULL DEFAULT 'GOAL_AND_ACTIONS',
    recap_fields             VARCHAR(200) NOT NULL DEFAULT 'WHEN,NOTICE,NORM',
    created_at               DATETIME(6)  NOT NULL,
    version                  BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_confidentiality_policy_name UNIQUE (name),
    CONSTRAINT ck_policy_note_length CHECK (max_note_length BETWEEN 100 AND 5000),
    CONSTRAINT ck_policy_break_glass_hours CHECK (break_glass_hours BETWEEN 1 AND 72),
    CONSTRAINT ck_policy_handover CHECK (handover_rule IN ('FULL_HISTORY', 'GOAL_AND_ACTIONS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every existing template gets the standard policy (id 1).
INSERT INTO confidentiality_policy (id, name, created_at) VALUES (1, 'Standard', UTC_TIMESTAMP(6));

ALTER TABLE engagement_template
    ADD COLUMN policy_id BIGINT NOT NULL DEFAULT 1,
    ADD CONSTRAINT fk_engagement_template_policy FOREIGN KEY (policy_id) REFERENCES confidentiality_policy (id);

CREATE TABLE break_glass (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    engagement_id BIGINT        NOT NULL,
    account_id    BIGINT        NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    opened_at     DATETIME(6)   NOT NULL,
    expires_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_break_glass_engagement (engagement_id, opened_at),
    INDEX ix_break_glass_account (account_id, engagement_id, expires_at),
    CONSTRAINT fk_break_glass_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT fk_break_glass_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- No foreign keys: an entry outlives the account and the record it names.
CREATE TABLE audit_entry (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at   DATETIME(6)   NOT NULL,
    actor_id      BIGINT        NULL,
    actor_role    VARCHAR(12)   NULL,
    action        VARCHAR(12)   NOT NULL,
    record_type   VARCHAR(40)   NOT NULL,
    record_id     BIGINT        NOT NULL,
    engagement_id BIGINT        NULL,
    reason        VARCHAR(1000) NULL,
    previous_hash CHAR(64)      NOT NULL,
    hash          CHAR(64)      NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_entry_time (occurred_at),
    INDEX ix_audit_entry_record (record_type, record_id),
    INDEX ix_audit_entry_actor (actor_id, occurred_at),
    INDEX ix_audit_entry_engagement (engagement_id, occurred_at),
    CONSTRAINT ck_audit_entry_action CHECK (action IN
        ('READ', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'BREAK_GLASS', 'PURGE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_head (
    id        INT      NOT NULL,
    last_hash CHAR(64) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_head (id, last_hash) VALUES (1, REPEAT('0', 64));
