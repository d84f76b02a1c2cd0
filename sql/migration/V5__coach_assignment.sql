-- Coach profiles, the coach of each engagement, and the record of every assignment change.

CREATE TABLE coach_profile (
    account_id  BIGINT       NOT NULL,
    specialties VARCHAR(500) NULL,
    languages   VARCHAR(200) NULL,
    capacity    INT          NOT NULL DEFAULT 8,
    accepting   BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_coach_profile_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_coach_profile_capacity CHECK (capacity BETWEEN 0 AND 200)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE engagement
    ADD COLUMN coach_id BIGINT NULL,
    ADD INDEX ix_engagement_coach (coach_id, status),
    ADD CONSTRAINT fk_engagement_coach FOREIGN KEY (coach_id) REFERENCES account (id);

CREATE TABLE assignment_change (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    engagement_id BIGINT       NOT NULL,
    from_coach_id BIGINT       NULL,
    to_coach_id   BIGINT       NOT NULL,
    changed_by    VARCHAR(254) NOT NULL,
    changed_at    DATETIME(6)  NOT NULL,
    overridden    BOOLEAN      NOT NULL DEFAULT FALSE,
    reason        VARCHAR(500) NULL,
    PRIMARY KEY (id),
    INDEX ix_assignment_change_engagement (engagement_id, changed_at),
    INDEX ix_assignment_change_from (from_coach_id),
    INDEX ix_assignment_change_to (to_coach_id),
    CONSTRAINT fk_assignment_change_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE,
    CONSTRAINT fk_assignment_change_from FOREIGN KEY (from_coach_id) REFERENCES account (id),
    CONSTRAINT fk_assignment_change_to FOREIGN KEY (to_coach_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
