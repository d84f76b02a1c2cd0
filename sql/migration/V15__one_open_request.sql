-- At most one open legal hold per engagement, one open erasure request and one subject access request
-- waiting for approval per client, whatever two administrators do at the same moment. MySQL has no
-- partial unique index: a generated column holds the key only while the row is open (NULLs never clash).
ALTER TABLE legal_hold
    ADD COLUMN open_engagement_id BIGINT AS (IF(released_at IS NULL, engagement_id, NULL)) STORED,
    ADD UNIQUE INDEX ux_legal_hold_open (open_engagement_id);

ALTER TABLE erasure_request
    ADD COLUMN open_client_id BIGINT AS (IF(status IN ('REQUESTED', 'APPROVED'), client_id, NULL)) STORED,
    ADD UNIQUE INDEX ux_erasure_request_open (open_client_id);

ALTER TABLE subject_access_request
    ADD COLUMN waiting_client_id BIGINT AS (IF(status = 'REQUESTED', client_id, NULL)) STORED,
    ADD UNIQUE INDEX ux_subject_access_waiting (waiting_client_id);
