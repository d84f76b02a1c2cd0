-- Demo mode only: a short four-session template (midpoint feedback at session 2, closing reflection
-- at session 4), with the same questions as the other demo templates.

INSERT INTO engagement_template (program_id, name, archived, created_at, policy_id)
SELECT id, 'Four-session focus sprint', FALSE, UTC_TIMESTAMP(6) - INTERVAL 60 DAY, 1 FROM program WHERE name = 'New managers 2027';

INSERT INTO template_version (template_id, number, status, session_count, session_minutes, cadence_days,
    midpoint_session, closing_session, norm_channel, norm_response_time, norm_included, norm_excluded,
    norm_escalation, recap_offered, created_at, published_at, archived_at)
SELECT id, 1, 'PUBLISHED', 4, 50, 14, 2, 4, 'E-mail to your coach', 'Within one working day',
    'Short questions about your agreed action, and rescheduling a session.',
    'Coaching conversations by e-mail or chat, and urgent or crisis support.',
    'Your coach suggests taking it to the next session, or offers an extra session when it cannot wait.', TRUE,
    UTC_TIMESTAMP(6) - INTERVAL 60 DAY, UTC_TIMESTAMP(6) - INTERVAL 59 DAY, NULL
FROM engagement_template WHERE name = 'Four-session focus sprint';

INSERT INTO template_question (template_version_id, question_set, position, text)
SELECT sprint.id, q.question_set, q.position, q.text
FROM template_version sprint
JOIN engagement_template t ON t.id = sprint.template_id AND t.name = 'Four-session focus sprint'
JOIN template_version model ON model.template_id = (SELECT id FROM engagement_template WHERE name = 'Three-session career conversation')
    AND model.number = 1
JOIN template_question q ON q.template_version_id = model.id;
