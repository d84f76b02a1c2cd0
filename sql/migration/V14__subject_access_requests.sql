-- Subject access as a request (like erasure): received on a date, the requester's identity checked,
-- due one month later (extendable once, by up to two more months, with a reason), produced only after a
-- second administrator approves, and downloadable for 7 days from then. Kept by pseudonym, as erasure
-- requests are, so that it outlives the client record it answered.
CREATE TABLE subject_access_request (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    client_id        BIGINT        NOT NULL,
    pseudonym        VARCHAR(12)   NOT NULL,
    reference        VARCHAR(60)   NOT NULL,
    received_on      DATE          NOT NULL,
    identity_check   VARCHAR(300)  NOT NULL,
    requested_by     BIGINT        NOT NULL,
    requested_at     DATETIME(6)   NOT NULL,
    due_on           DATE          NOT NULL,
    extended_to      DATE          NULL,
    extension_reason VARCHAR(500)  NULL,
    approved_by      BIGINT        NULL,
    approved_at      DATETIME(6)   NULL,
    available_until  DATETIME(6)   NULL,
    status           VARCHAR(12)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_subject_access_client (client_id),
    INDEX ix_subject_access_status (status, due_on),
    CONSTRAINT fk_subject_access_requested_by FOREIGN KEY (requested_by) REFERENCES account (id),
    CONSTRAINT fk_subject_access_approved_by FOREIGN KEY (approved_by) REFERENCES account (id),
    CONSTRAINT ck_subject_access_status CHECK (status IN ('REQUESTED', 'APPROVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
