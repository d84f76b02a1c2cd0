-- Demo mode only: supervisors and whom they supervise.
INSERT INTO supervisor_profile (account_id, max_coaches)
SELECT id, 6 FROM account WHERE email = 'supervisor@demo.test'
UNION ALL SELECT id, 2 FROM account WHERE email = 'lead@demo.test';

INSERT INTO coach_supervision (coach_id, supervisor_id)
SELECT c.id, s.id FROM account c JOIN account s ON s.email = 'supervisor@demo.test'
WHERE c.email IN ('coach@demo.test', 'lead@demo.test')
UNION ALL SELECT c.id, s.id FROM account c JOIN account s ON s.email = 'lead@demo.test'
WHERE c.email = 'coach2@demo.test';

INSERT INTO supervision_change (coach_id, from_supervisor_id, to_supervisor_id, changed_by, changed_at)
SELECT coach_id, NULL, supervisor_id, 'admin@demo.test', UTC_TIMESTAMP(6) - INTERVAL 60 DAY FROM coach_supervision;
