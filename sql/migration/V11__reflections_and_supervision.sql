-- Coach self-reflections (sealed, private until shared), supervisors' development notes with
-- themes from a list administrators keep, and the supervision log with the organization's
-- supervision requirement.

CREATE TABLE reflection (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    coach_id        BIGINT      NOT NULL,
    session_id      BIGINT      NULL,
    status          VARCHAR(10) NOT NULL,
    shared_with_id  BIGINT      NULL,
    shared_at       DATETIME(6) NULL,
    content_sealed  TEXT        NULL,
    created_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_reflection_coach (coach_id, created_at),
    INDEX ix_reflection_queue (shared_with_id, status, shared_at),
    CONSTRAINT fk_reflection_coach FOREIGN KEY (coach_id) REFERENCES account (id),
    CONSTRAINT fk_reflection_session FOREIGN KEY (session_id) REFERENCES coaching_session (id),
    CONSTRAINT fk_reflection_shared_with FOREIGN KEY (shared_with_id) REFERENCES account (id),
    CONSTRAINT ck_reflection_status CHECK (status IN ('DRAFT', 'SHARED', 'REVIEWED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE development_theme (
    id     BIGINT       NOT NULL AUTO_INCREMENT,
    name   VARCHAR(80)  NOT NULL,
    active BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    CONSTRAINT uk_development_theme_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO development_theme (name) VALUES ('Listening'), ('Contracting'), ('Boundaries'), ('Questioning'),
    ('Challenge and support'), ('Ethics');

CREATE TABLE development_note (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    reflection_id   BIGINT      NOT NULL,
    supervisor_id   BIGINT      NOT NULL,
    status          VARCHAR(10) NOT NULL,
    note_sealed     TEXT        NULL,
    created_at      DATETIME(6) NOT NULL,
    acknowledged_at DATETIME(6) NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_development_note_reflection UNIQUE (reflection_id),
    INDEX ix_development_note_supervisor (supervisor_id),
    CONSTRAINT fk_development_note_reflection FOREIGN KEY (reflection_id) REFERENCES reflection (id),
    CONSTRAINT fk_development_note_supervisor FOREIGN KEY (supervisor_id) REFERENCES account (id),
    CONSTRAINT ck_development_note_status CHECK (status IN ('REVIEWED', 'FOLLOW_UP'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE development_note_theme (
    note_id  BIGINT NOT NULL,
    theme_id BIGINT NOT NULL,
    PRIMARY KEY (note_id, theme_id),
    INDEX ix_development_note_theme_theme (theme_id),
    CONSTRAINT fk_dnt_note FOREIGN KEY (note_id) REFERENCES development_note (id) ON DELETE CASCADE,
    CONSTRAINT fk_dnt_theme FOREIGN KEY (theme_id) REFERENCES development_theme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supervision_time (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    coach_id      BIGINT      NOT NULL,
    supervisor_id BIGINT      NOT NULL,
    held_on       DATE        NOT NULL,
    minutes       INT         NOT NULL,
    kind          VARCHAR(10) NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_supervision_time_coach (coach_id, held_on),
    CONSTRAINT fk_supervision_time_coach FOREIGN KEY (coach_id) REFERENCES account (id),
    CONSTRAINT fk_supervision_time_supervisor FOREIGN KEY (supervisor_id) REFERENCES account (id),
    CONSTRAINT ck_supervision_time_minutes CHECK (minutes BETWEEN 1 AND 600),
    CONSTRAINT ck_supervision_time_kind CHECK (kind IN ('INDIVIDUAL', 'GROUP'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supervision_requirement (
    id                          INT    NOT NULL,
    min_hours_per_year          INT    NOT NULL,
    coaching_hours_per_hour     INT    NOT NULL,
    version                     BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT ck_supervision_requirement CHECK (min_hours_per_year >= 0 AND coaching_hours_per_hour >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO supervision_requirement (id, min_hours_per_year, coaching_hours_per_hour) VALUES (1, 4, 35);
