-- Demo mode only: coach profiles (one coach full, one not taking new clients) and the coaches of
-- the demo engagements.
INSERT INTO coach_profile (account_id, specialties, languages, capacity, accepting)
SELECT id, 'Leadership, career transitions, first-time managers', 'English, German', 8, TRUE
FROM account WHERE email = 'coach@demo.test'
UNION ALL SELECT id, 'Wellbeing, communication', 'English, French', 2, TRUE FROM account WHERE email = 'coach2@demo.test'
UNION ALL SELECT id, 'Executive presence, leadership', 'English, Spanish', 5, FALSE FROM account WHERE email = 'lead@demo.test';

UPDATE engagement e
JOIN client c ON c.id = e.client_id
JOIN account a ON a.email = CASE
        WHEN c.pseudonym IN ('C-0142', 'C-2718', 'C-1618') THEN 'coach@demo.test'
        WHEN c.pseudonym IN ('C-3141', 'C-4669') THEN 'coach2@demo.test'
        WHEN c.pseudonym IN ('C-5772', 'C-8128') THEN 'lead@demo.test'
    END
SET e.coach_id = a.id;

INSERT INTO assignment_change (engagement_id, from_coach_id, to_coach_id, changed_by, changed_at, overridden, reason)
SELECT e.id, NULL, e.coach_id, 'admin@demo.test', TIMESTAMP(e.start_date) - INTERVAL 3 DAY, FALSE, NULL
FROM engagement e WHERE e.coach_id IS NOT NULL;
