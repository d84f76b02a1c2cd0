-- Supervisors of coaches: each coach has at most one supervisor; a supervisor takes a limited
-- number of coaches. Every change is recorded.

CREATE TABLE supervisor_profile (
    account_id  BIGINT NOT NULL,
    max_coaches INT    NOT NULL DEFAULT 6,
    version     BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_supervisor_profile_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_supervisor_profile_max CHECK (max_coaches BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE coach_supervision (
    coach_id      BIGINT NOT NULL,
    supervisor_id BIGINT NOT NULL,
    version       BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (coach_id),
    INDEX ix_coach_supervision_supervisor (supervisor_id),
    CONSTRAINT fk_coach_supervision_coach FOREIGN KEY (coach_id) REFERENCES account (id),
    CONSTRAINT fk_coach_supervision_supervisor FOREIGN KEY (supervisor_id) REFERENCES account (id),
    CONSTRAINT ck_coach_supervision_not_self CHECK (coach_id <> supervisor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supervision_change (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    coach_id           BIGINT       NOT NULL,
    from_supervisor_id BIGINT       NULL,
    to_supervisor_id   BIGINT       NOT NULL,
    changed_by         VARCHAR(254) NOT NULL,
    changed_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_supervision_change_coach (coach_id, changed_at),
    INDEX ix_supervision_change_from (from_supervisor_id),
    INDEX ix_supervision_change_to (to_supervisor_id),
    CONSTRAINT fk_supervision_change_coach FOREIGN KEY (coach_id) REFERENCES account (id),
    CONSTRAINT fk_supervision_change_from FOREIGN KEY (from_supervisor_id) REFERENCES account (id),
    CONSTRAINT fk_supervision_change_to FOREIGN KEY (to_supervisor_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
