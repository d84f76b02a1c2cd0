-- Accounts, their roles, and the security log.
-- Runs on MySQL 8 and MariaDB 10.11+: InnoDB, utf8mb4, every foreign key and list query indexed.

CREATE TABLE account (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    email                VARCHAR(254) NOT NULL,
    display_name         VARCHAR(120) NOT NULL,
    password_hash        VARCHAR(255) NOT NULL,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    active               BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts      INT          NOT NULL DEFAULT 0,
    first_failure_at     DATETIME(6)  NULL,
    locked_until         DATETIME(6)  NULL,
    session_stamp        INT          NOT NULL DEFAULT 0,
    created_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_account_email UNIQUE (email),
    INDEX ix_account_display_name (display_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    INDEX ix_account_role_role (role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_role_role CHECK (role IN ('ADMIN', 'COACH', 'SUPERVISOR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE security_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    account_id     BIGINT       NULL,
    email          VARCHAR(254) NULL,
    event_type     VARCHAR(32)  NOT NULL,
    actor_email    VARCHAR(254) NULL,
    remote_address VARCHAR(45)  NULL,
    detail         VARCHAR(200) NULL,
    occurred_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_security_event_occurred (occurred_at),
    INDEX ix_security_event_account (account_id, occurred_at),
    INDEX ix_security_event_type (event_type, occurred_at),
    CONSTRAINT fk_security_event_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
