-- Programs and engagement templates: a template has numbered versions; a published version is
-- frozen, and an engagement keeps the version it was created from.

CREATE TABLE program (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    name        VARCHAR(120)  NOT NULL,
    description VARCHAR(2000) NULL,
    archived    BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_program_list (archived, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE engagement_template (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    program_id BIGINT       NOT NULL,
    name       VARCHAR(120) NOT NULL,
    archived   BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_engagement_template_program (program_id, archived, name),
    CONSTRAINT fk_engagement_template_program FOREIGN KEY (program_id) REFERENCES program (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE template_version (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    template_id         BIGINT        NOT NULL,
    number              INT           NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    session_count       INT           NOT NULL,
    session_minutes     INT           NOT NULL,
    cadence_days        INT           NOT NULL,
    midpoint_session    INT           NOT NULL,
    closing_session     INT           NOT NULL,
    norm_channel        VARCHAR(200)  NULL,
    norm_response_time  VARCHAR(200)  NULL,
    norm_included       VARCHAR(1000) NULL,
    norm_excluded       VARCHAR(1000) NULL,
    norm_escalation     VARCHAR(1000) NULL,
    recap_offered       BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at          DATETIME(6)   NOT NULL,
    published_at        DATETIME(6)   NULL,
    archived_at         DATETIME(6)   NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_template_version_number UNIQUE (template_id, number),
    INDEX ix_template_version_status (template_id, status),
    CONSTRAINT fk_template_version_template FOREIGN KEY (template_id) REFERENCES engagement_template (id),
    CONSTRAINT ck_template_version_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT ck_template_version_sessions CHECK (session_count BETWEEN 1 AND 52),
    CONSTRAINT ck_template_version_midpoint CHECK (midpoint_session BETWEEN 1 AND closing_session),
    CONSTRAINT ck_template_version_closing CHECK (closing_session BETWEEN 1 AND session_count)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE template_question (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    template_version_id BIGINT       NOT NULL,
    question_set        VARCHAR(20)  NOT NULL,
    position            INT          NOT NULL,
    text                VARCHAR(500) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_template_question_version (template_version_id, question_set, position),
    CONSTRAINT fk_template_question_version FOREIGN KEY (template_version_id) REFERENCES template_version (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_template_question_set CHECK (question_set IN ('OPENING_CHECK_IN', 'MIDPOINT_FEEDBACK', 'CLOSING_REFLECTION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
