-- A change that keeps records for less time (a shorter period, another start event, or delete instead
-- of anonymise) waits here until a second administrator approves it; the purge uses only the rule's
-- approved values. Longer periods and anonymise-instead-of-delete apply at once.
ALTER TABLE retention_rule
    ADD COLUMN pending_months      INT          NULL,
    ADD COLUMN pending_start_event VARCHAR(24)  NULL,
    ADD COLUMN pending_disposal    VARCHAR(12)  NULL,
    ADD COLUMN pending_by          BIGINT       NULL,
    ADD COLUMN pending_at          DATETIME(6)  NULL,
    ADD CONSTRAINT fk_retention_rule_pending_by FOREIGN KEY (pending_by) REFERENCES account (id);
