-- Recap e-mails: one row per send — when, to whom, which session, by whom. Never the body.

CREATE TABLE recap_send (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    session_id    BIGINT       NOT NULL,
    engagement_id BIGINT       NOT NULL,
    recipient     VARCHAR(254) NOT NULL,
    sent_by       BIGINT       NOT NULL,
    sent_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_recap_send_session (session_id, sent_at),
    INDEX ix_recap_send_engagement (engagement_id),
    CONSTRAINT fk_recap_send_session FOREIGN KEY (session_id) REFERENCES coaching_session (id),
    CONSTRAINT fk_recap_send_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT fk_recap_send_by FOREIGN KEY (sent_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
