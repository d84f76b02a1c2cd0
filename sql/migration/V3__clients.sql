-- Clients: the people coached. Minimal data; the pseudonym code is made once and shown wherever the
-- client must not be identified.

CREATE TABLE client (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    display_name VARCHAR(120) NOT NULL,
    email        VARCHAR(254) NULL,
    organization VARCHAR(160) NULL,
    pseudonym    VARCHAR(12)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_client_pseudonym UNIQUE (pseudonym),
    INDEX ix_client_name (display_name),
    INDEX ix_client_email (email),
    INDEX ix_client_organization (organization)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
