-- Demo mode only: programs and templates at every stage of their life.

INSERT INTO program (name, description, archived, created_at) VALUES
    ('New managers 2027', 'Six months of coaching for people in their first year of leading a team.', FALSE, UTC_TIMESTAMP(6) - INTERVAL 120 DAY),
    ('Senior leaders pilot', 'A trial of longer engagements for heads of department.', FALSE, UTC_TIMESTAMP(6) - INTERVAL 30 DAY),
    ('Graduate programme 2025', 'Career coaching for the 2025 graduate intake; finished.', TRUE, UTC_TIMESTAMP(6) - INTERVAL 500 DAY);

INSERT INTO engagement_template (program_id, name, archived, created_at)
SELECT id, 'Six-session leadership start', FALSE, UTC_TIMESTAMP(6) - INTERVAL 120 DAY FROM program WHERE name = 'New managers 2027'
UNION ALL SELECT id, 'Three-session career conversation', FALSE, UTC_TIMESTAMP(6) - INTERVAL 90 DAY FROM program WHERE name = 'New managers 2027'
UNION ALL SELECT id, 'Executive coaching, twelve sessions', FALSE, UTC_TIMESTAMP(6) - INTERVAL 20 DAY FROM program WHERE name = 'Senior leaders pilot'
UNION ALL SELECT id, 'Graduate career sessions', TRUE, UTC_TIMESTAMP(6) - INTERVAL 480 DAY FROM program WHERE name = 'Graduate programme 2025';

INSERT INTO template_version (template_id, number, status, session_count, session_minutes, cadence_days,
    midpoint_session, closing_session, norm_channel, norm_response_time, norm_included, norm_excluded,
    norm_escalation, recap_offered, created_at, published_at, archived_at)
SELECT id, 1, 'ARCHIVED', 6, 60, 14, 3, 6, 'E-mail to your coach', 'Within two working days', 'Short questions about your agreed action, and rescheduling a session.', 'Coaching conversations by e-mail or chat, and urgent or crisis support.', 'Your coach suggests taking it to the next session, or offers an extra session when it cannot wait.', TRUE,
    UTC_TIMESTAMP(6) - INTERVAL 120 DAY, UTC_TIMESTAMP(6) - INTERVAL 118 DAY, UTC_TIMESTAMP(6) - INTERVAL 60 DAY FROM engagement_template WHERE name = 'Six-session leadership start';

INSERT INTO template_version (template_id, number, status, session_count, session_minutes, cadence_days,
    midpoint_session, closing_session, norm_channel, norm_response_time, norm_included, norm_excluded,
    norm_escalation, recap_offered, created_at, published_at, archived_at)
SELECT id, 2, 'PUBLISHED', 6, 60, 21, 3, 6, 'E-mail to your coach', 'Within one working day', 'Short questions about your agreed action, and rescheduling a session.', 'Coaching conversations by e-mail or chat, and urgent or crisis support.', 'Your coach suggests taking it to the next session, or offers an extra session when it cannot wait.', TRUE,
    UTC_TIMESTAMP(6) - INTERVAL 60 DAY, UTC_TIMESTAMP(6) - INTERVAL 58 DAY, NULL FROM engagement_template WHERE name = 'Six-session leadership start';

INSERT INTO template_version (template_id, number, status, session_count, session_minutes, cadence_days,
    midpoint_session, closing_session, norm_channel, norm_response_time, norm_included, norm_excluded,
    norm_escalation, recap_offered, created_at, published_at, archived_at)
SELECT id, 1, 'PUBLISHED', 3, 45, 14, 2, 3, 'E-mail to your coach', 'Within two working days', 'Short questions about your agreed action, and rescheduling a session.', 'Coaching conversations by e-mail or chat, and urgent or crisis support.', 'Your coach suggests taking it to the next session, or offers an extra session when it cannot wait.', TRUE,
    UTC_TIMESTAMP(6) - INTERVAL 90 DAY, UTC_TIMESTAMP(6) - INTERVAL 88 DAY, NULL FROM engagement_template WHERE name = 'Three-session career conversation';

INSERT INTO template_version (template_id, number, status, session_count, session_minutes, cadence_days,
    midpoint_session, closing_session, norm_channel, norm_response_time, norm_included, norm_excluded,
    norm_escalation, recap_offered, created_at, published_at, archived_at)
SELECT id, 1, 'DRAFT', 12, 90, 21, 6, 12, 'E-mail to your coach', 'Within one working day', 'Short questions about your agreed action, and rescheduling a session.', 'Coaching conversations by e-mail or chat, and urgent or crisis support.', 'Your coach suggests taking it to the next session, or offers an extra session when it cannot wait.', TRUE,
    UTC_TIMESTAMP(6) - INTERVAL 20 DAY, NULL, NULL FROM engagement_template WHERE name = 'Executive coaching, twelve sessions';

INSERT INTO template_version (template_id, number, status, session_count, session_minutes, cadence_days,
    midpoint_session, closing_session, norm_channel, norm_response_time, norm_included, norm_excluded,
    norm_escalation, recap_offered, created_at, published_at, archived_at)
SELECT id, 1, 'ARCHIVED', 4, 45, 14, 2, 4, 'E-mail to your coach', 'Within two working days', 'Short questions about your agreed action, and rescheduling a session.', 'Coaching conversations by e-mail or chat, and urgent or crisis support.', 'Your coach suggests taking it to the next session, or offers an extra session when it cannot wait.', TRUE,
    UTC_TIMESTAMP(6) - INTERVAL 480 DAY, UTC_TIMESTAMP(6) - INTERVAL 478 DAY, UTC_TIMESTAMP(6) - INTERVAL 300 DAY FROM engagement_template WHERE name = 'Graduate career sessions';

-- The default questions for every demo version

INSERT INTO template_question (template_version_id, question_set, position, text) SELECT id, 'OPENING_CHECK_IN', 1, 'What has changed since we last met?' FROM template_version WHERE template_id IN (SELECT t.id FROM engagement_template t JOIN program p ON p.id = t.program_id
    WHERE p.name IN ('New managers 2027', 'Senior leaders pilot', 'Graduate programme 2025'));
INSERT INTO template_question (template_version_id, question_set, position, text) SELECT id, 'OPENING_CHECK_IN', 2, 'What happened with the action you chose last time?' FROM template_version WHERE template_id IN (SELECT t.id FROM engagement_template t JOIN program p ON p.id = t.program_id
    WHERE p.name IN ('New managers 2027', 'Senior leaders pilot', 'Graduate programme 2025'));
INSERT INTO template_question (template_version_id, question_set, position, text) SELECT id, 'OPENING_CHECK_IN', 3, 'What did you notice while doing it, or while not doing it?' FROM template_version WHERE template_id IN (SELECT t.id FROM engagement_template t JOIN program p ON p.id = t.program_id
    WHERE p.name IN ('New managers 2027', 'Senior leaders pilot', 'Graduate programme 2025'));
INSERT INTO template_question (template_version_id, question_set, position, text) SELECT id, 'OPENING_CHECK_IN', 4, 'What matters most to talk about today?' FROM template_version WHERE template_id IN (SELECT t.id FROM engagement_template t JOIN program p ON p.id = t.program_id
    WHERE p.name IN ('New managers 2027', 'Senior leaders pilot', 'Graduate programme 2025'));
INSERT INTO template_question (template_version_id, question_set, position, text) SELECT id, 'MIDPOINT_FEEDBACK', 1, 'What has been most useful in our sessions so far?' FROM template_version WHERE template_id IN (SELECT t.id FROM engagement_template t JOIN program p ON p.id = t.program_id
    WHERE p.name IN ('New managers 2027', 'Senior leaders pilot', 'Graduate programme 2025'));
INSERT INTO template_question (template_version_id, question_set, position, text) SELECT id, 'MIDPOINT_FEEDBACK', 2, 'What would you like us to do differently?' FROM template_version WHERE template_id IN (SELECT t.id FROM engagement_template t JOIN program p ON p.id = t.program_id
    WHERE p.name IN ('New managers 2027', 'Senior leaders pilot', 'Graduate programme 2025'));
INSERT INTO template_question (template_version_id, question_set, position, text) SELECT id, 'MIDPOINT_FEEDBACK', 3, 'Is anything about how we work still unclear?' FROM template_version WHERE template_id IN (SELECT t.id FROM engagement_template t JOIN program p ON p.id = t.program_id
    WHERE p.name IN ('New managers 2027', 'Senior leaders pilot', 'Graduate programme 2025'));
INSERT INTO template_question (template_version_id, question_set, position, text) SELECT id, 'MIDPOINT_FEEDBACK', 4, 'What progress have you noticed yourself?' FROM template_version WHERE template_id IN (SELECT t.id FROM engagement_template t JOIN program p ON p.id = t.program_id
    WHERE p.name IN ('New managers 2027', 'Senior leaders pilot', 'Graduate programme 2025'));
INSERT INTO template_question (template_version_id, question_set, position, text) SELECT id, 'MIDPOINT_FEEDBACK', 5, 'What should the remaining sessions focus on?' FROM template_version WHERE template_id IN (SELECT t.id FROM engagement_template t JOIN program p ON p.id = t.program_id
    WHERE p.name IN ('New managers 2027', 'Senior leaders pilot', 'Graduate programme 2025'));
INSERT INTO template_question (template_version_id, question_set, position, text) SELECT id, 'CLOSING_REFLECTION', 1, 'Looking at the challenge you started with, where are you now?' FROM template_version WHERE template_id IN (SELECT t.id FROM engagement_template t JOIN program p ON p.id = t.program_id
    WHERE p.name IN ('New managers 2027', 'Senior leaders pilot', 'Graduate programme 2025'));
INSERT INTO template_question (template_version_id, question_set, position, text) SELECT id, 'CLOSING_REFLECTION', 2, 'What is different for you now?' FROM template_version WHERE template_id IN (SELECT t.id FROM engagement_template t JOIN program p ON p.id = t.program_id
    WHERE p.name IN ('New managers 2027', 'Senior leaders pilot', 'Graduate programme 2025'));
INSERT INTO template_question (template_version_id, question_set, position, text) SELECT id, 'CLOSING_REFLECTION', 3, 'What have you learned about yourself?' FROM template_version WHERE template_id IN (SELECT t.id FROM engagement_template t JOIN program p ON p.id = t.program_id
    WHERE p.name IN ('New managers 2027', 'Senior leaders pilot', 'Graduate programme 2025'));
INSERT INTO template_question (template_version_id, question_set, position, text) SELECT id, 'CLOSING_REFLECTION', 4, 'What can you do now that you could not do before?' FROM template_version WHERE template_id IN (SELECT t.id FROM engagement_template t JOIN program p ON p.id = t.program_id
    WHERE p.name IN ('New managers 2027', 'Senior leaders pilot', 'Graduate programme 2025'));
INSERT INTO template_question (template_version_id, question_set, position, text) SELECT id, 'CLOSING_REFLECTION', 5, 'What is still unfinished?' FROM template_version WHERE template_id IN (SELECT t.id FROM engagement_template t JOIN program p ON p.id = t.program_id
    WHERE p.name IN ('New managers 2027', 'Senior leaders pilot', 'Graduate programme 2025'));
INSERT INTO template_question (template_version_id, question_set, position, text) SELECT id, 'CLOSING_REFLECTION', 6, 'What support will help you next?' FROM template_version WHERE template_id IN (SELECT t.id FROM engagement_template t JOIN program p ON p.id = t.program_id
    WHERE p.name IN ('New managers 2027', 'Senior leaders pilot', 'Graduate programme 2025'));
