-- Demo mode only: a second confidentiality policy, for the graduate programme, where a coach who
-- takes over sees the full history and supervisors see client names.
INSERT INTO confidentiality_policy (name, supervisors_see_identity, max_note_length, export_roles, break_glass_allowed,
                                    break_glass_hours, handover_rule, recap_fields, created_at)
VALUES ('Graduate programme: open handover', TRUE, 800, 'ADMIN', TRUE, 4, 'FULL_HISTORY', 'WHEN,NOTICE,SUPPORT,NORM',
        UTC_TIMESTAMP(6) - INTERVAL 30 DAY);

UPDATE engagement_template t
SET t.policy_id = (SELECT id FROM confidentiality_policy WHERE name = 'Graduate programme: open handover')
WHERE t.name = 'Graduate career sessions';
