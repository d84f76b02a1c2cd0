-- Sessions and follow-through. Content columns (*_sealed) hold AES-256-GCM values sealed by the
-- application (key id, nonce, ciphertext); the database never sees the text.

ALTER TABLE engagement
    ADD COLUMN goal_sealed         TEXT          NULL,
    ADD COLUMN baseline_sealed     TEXT          NULL,
    ADD COLUMN content_author_id   BIGINT        NULL,
    ADD COLUMN norm_channel        VARCHAR(200)  NULL,
    ADD COLUMN norm_response_time  VARCHAR(200)  NULL,
    ADD COLUMN norm_included       VARCHAR(1000) NULL,
    ADD COLUMN norm_excluded       VARCHAR(1000) NULL,
    ADD COLUMN norm_escalation     VARCHAR(1000) NULL,
    ADD COLUMN close_reason_sealed TEXT          NULL,
    ADD COLUMN closed_at           DATETIME(6)   NULL,
    ADD CONSTRAINT fk_engagement_content_author FOREIGN KEY (content_author_id) REFERENCES account (id);

-- Engagements made before this migration take their template version's norm.
UPDATE engagement e JOIN template_version v ON v.id = e.template_version_id
SET e.norm_channel       = v.norm_channel,
    e.norm_response_time = v.norm_response_time,
    e.norm_included      = v.norm_included,
    e.norm_excluded      = v.norm_excluded,
    e.norm_escalation    = v.norm_escalation;

CREATE TABLE coaching_session (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    engagement_id    BIGINT      NOT NULL,
    number           INT         NOT NULL,
    session_date     DATE        NOT NULL,
    duration_minutes INT         NOT NULL,
    status           VARCHAR(8)  NOT NULL,
    author_id        BIGINT      NOT NULL,
    checkin_sealed   TEXT        NULL,
    focus_sealed     TEXT        NULL,
    insight_sealed   TEXT        NULL,
    obstacle_sealed  TEXT        NULL,
    follow_up_sealed TEXT        NULL,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    finalized_at     DATETIME(6) NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_coaching_session_number UNIQUE (engagement_id, number),
    INDEX ix_coaching_session_author (author_id),
    CONSTRAINT fk_coaching_session_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT fk_coaching_session_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT ck_coaching_session_status CHECK (status IN ('DRAFT', 'FINAL')),
    CONSTRAINT ck_coaching_session_duration CHECK (duration_minutes BETWEEN 1 AND 600)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE session_action (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    session_id         BIGINT       NOT NULL,
    engagement_id      BIGINT       NOT NULL,
    description_sealed TEXT         NULL,
    due_sealed         TEXT         NULL,
    notice_sealed      TEXT         NULL,
    support_sealed     TEXT         NULL,
    clarity_flags      VARCHAR(200) NOT NULL DEFAULT '',
    result             VARCHAR(10)  NULL,
    result_reason      VARCHAR(20)  NULL,
    result_note_sealed TEXT         NULL,
    followed_up_in     BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_session_action_session UNIQUE (session_id),
    INDEX ix_session_action_engagement (engagement_id, result),
    CONSTRAINT fk_session_action_session FOREIGN KEY (session_id) REFERENCES coaching_session (id),
    CONSTRAINT fk_session_action_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT fk_session_action_followed_up FOREIGN KEY (followed_up_in) REFERENCES coaching_session (id),
    CONSTRAINT ck_session_action_result CHECK (result IS NULL OR result IN ('DONE', 'PARTLY', 'NOT_DONE', 'DROPPED')),
    CONSTRAINT ck_session_action_reason CHECK (result_reason IS NULL OR result_reason IN
        ('TOO_LARGE', 'BADLY_TIMED', 'UNCLEAR', 'LESS_IMPORTANT', 'OTHER_OBSTACLE', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
