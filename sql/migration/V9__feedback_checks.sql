-- Feedback checks: the midpoint feedback and the closing reflection of an engagement, one of each,
-- with the client's answers and the adjustments the coach commits to (both sealed).

CREATE TABLE feedback_check (
    id                 BIGINT      NOT NULL AUTO_INCREMENT,
    engagement_id      BIGINT      NOT NULL,
    kind               VARCHAR(10) NOT NULL,
    author_id          BIGINT      NOT NULL,
    answers_sealed     TEXT        NULL,
    adjustments_sealed TEXT        NULL,
    recorded_at        DATETIME(6) NOT NULL,
    version            BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_feedback_check UNIQUE (engagement_id, kind),
    CONSTRAINT fk_feedback_check_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT fk_feedback_check_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT ck_feedback_check_kind CHECK (kind IN ('MIDPOINT', 'CLOSING'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
