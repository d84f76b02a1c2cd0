-- Engagements: one client, one template version (kept whatever happens to the template), a status
-- and the planned dates of its sessions.

CREATE TABLE engagement (
    id                  BIGINT      NOT NULL AUTO_INCREMENT,
    client_id           BIGINT      NOT NULL,
    template_version_id BIGINT      NOT NULL,
    status              VARCHAR(12) NOT NULL,
    start_date          DATE        NOT NULL,
    created_at          DATETIME(6) NOT NULL,
    version             BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_engagement_client (client_id),
    INDEX ix_engagement_template_version (template_version_id),
    INDEX ix_engagement_list (status, start_date),
    CONSTRAINT fk_engagement_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_engagement_template_version FOREIGN KEY (template_version_id) REFERENCES template_version (id),
    CONSTRAINT ck_engagement_status CHECK (status IN ('PLANNED', 'ACTIVE', 'CLOSED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE planned_session (
    id            BIGINT NOT NULL AUTO_INCREMENT,
    engagement_id BIGINT NOT NULL,
    number        INT    NOT NULL,
    planned_date  DATE   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_planned_session UNIQUE (engagement_id, number),
    INDEX ix_planned_session_date (planned_date),
    CONSTRAINT fk_planned_session_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
