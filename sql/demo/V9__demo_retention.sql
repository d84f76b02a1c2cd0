-- Demo mode only: retention. The closed and cancelled demo engagements get the moment they ended;
-- client records of ended engagements are kept 10 months here, so that the cancelled engagement of
-- C-8128 reaches its end within the warning days; a legal hold on C-5772's closed engagement; a
-- second administrator (data protection lead) who asked to erase C-6931, waiting for approval; a
-- coach who left two years ago, whose account is due to be anonymised now; and last night's purge
-- run with its receipts.
UPDATE engagement e JOIN client c ON c.id = e.client_id
SET e.closed_at = UTC_TIMESTAMP(6) - INTERVAL 40 DAY
WHERE c.pseudonym = 'C-5772' AND e.status = 'CLOSED';

UPDATE engagement e JOIN client c ON c.id = e.client_id
SET e.closed_at = UTC_TIMESTAMP(6) - INTERVAL 296 DAY
WHERE c.pseudonym = 'C-8128' AND e.status = 'CANCELLED';

UPDATE retention_rule SET months = 10, version = version + 1 WHERE category = 'CLIENT_RECORDS';

INSERT INTO account (email, display_name, password_hash, created_at)
SELECT 'privacy@demo.test', 'Noor Haddad', password_hash, UTC_TIMESTAMP(6) FROM account WHERE email = 'admin@demo.test';
INSERT INTO account_role (account_id, role)
SELECT id, 'ADMIN' FROM account WHERE email = 'privacy@demo.test';

INSERT INTO account (email, display_name, password_hash, active, created_at, deactivated_at)
SELECT 'elena.novak@demo.test', 'Elena Novak', password_hash, FALSE, UTC_TIMESTAMP(6) - INTERVAL 40 MONTH,
       UTC_TIMESTAMP(6) - INTERVAL 25 MONTH
FROM account WHERE email = 'admin@demo.test';
INSERT INTO account_role (account_id, role)
SELECT id, 'COACH' FROM account WHERE email = 'elena.novak@demo.test';

INSERT INTO legal_hold (engagement_id, reason, placed_by, placed_at)
SELECT e.id, 'Formal complaint HR-2026-031 about the programme: keep every record until it is resolved.',
       a.id, UTC_TIMESTAMP(6) - INTERVAL 20 DAY
FROM engagement e JOIN client c ON c.id = e.client_id JOIN account a ON a.email = 'admin@demo.test'
WHERE c.pseudonym = 'C-5772';

INSERT INTO erasure_request (client_id, pseudonym, reason, requested_by, requested_at, status)
SELECT c.id, c.pseudonym, 'The client withdrew from the programme before it began and asked in writing to be forgotten (letter of 3 November).',
       a.id, UTC_TIMESTAMP(6) - INTERVAL 2 DAY, 'REQUESTED'
FROM client c JOIN account a ON a.email = 'privacy@demo.test'
WHERE c.pseudonym = 'C-6931';

INSERT INTO purge_run (started_at, finished_at, started_by)
VALUES (TIMESTAMP(UTC_DATE(), '02:30:00') - INTERVAL 1 DAY, TIMESTAMP(UTC_DATE(), '02:30:04') - INTERVAL 1 DAY, NULL);

INSERT INTO purge_receipt (run_id, category, months, start_event, disposal, how_many, finished_at)
SELECT r.id, x.category, x.months, x.start_event, x.disposal, 0, r.finished_at
FROM purge_run r
JOIN retention_rule x
WHERE r.started_at = TIMESTAMP(UTC_DATE(), '02:30:00') - INTERVAL 1 DAY;
