-- Demo mode only: engagements of the demo clients at different stages. Session dates follow the
-- template's cadence from the start date.
INSERT INTO engagement (client_id, template_version_id, status, start_date, created_at)
SELECT c.id, v.id, x.status, x.start_date, UTC_TIMESTAMP(6) - INTERVAL 1 DAY
FROM (
    SELECT 'C-0142' AS code, 'Six-session leadership start' AS template, 2 AS number, 'ACTIVE' AS status,
           CURRENT_DATE - INTERVAL 50 DAY AS start_date
    UNION ALL SELECT 'C-2718', 'Six-session leadership start', 2, 'ACTIVE', CURRENT_DATE - INTERVAL 20 DAY
    UNION ALL SELECT 'C-3141', 'Three-session career conversation', 1, 'ACTIVE', CURRENT_DATE - INTERVAL 10 DAY
    UNION ALL SELECT 'C-5772', 'Six-session leadership start', 1, 'CLOSED', CURRENT_DATE - INTERVAL 110 DAY
    UNION ALL SELECT 'C-1618', 'Six-session leadership start', 2, 'PLANNED', CURRENT_DATE + INTERVAL 7 DAY
    UNION ALL SELECT 'C-4669', 'Three-session career conversation', 1, 'PLANNED', CURRENT_DATE + INTERVAL 14 DAY
    UNION ALL SELECT 'C-8128', 'Graduate career sessions', 1, 'CANCELLED', CURRENT_DATE - INTERVAL 300 DAY
) x
JOIN client c ON c.pseudonym = x.code
JOIN engagement_template t ON t.name = x.template
JOIN template_version v ON v.template_id = t.id AND v.number = x.number;

INSERT INTO planned_session (engagement_id, number, planned_date)
SELECT e.id, n.number, e.start_date + INTERVAL (v.cadence_days * (n.number - 1)) DAY
FROM engagement e
JOIN client c ON c.id = e.client_id
JOIN template_version v ON v.id = e.template_version_id
JOIN (SELECT 1 AS number UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
      UNION ALL SELECT 6) n ON n.number <= v.session_count
WHERE c.pseudonym IN ('C-0142', 'C-2718', 'C-3141', 'C-5772', 'C-1618', 'C-4669', 'C-8128');
