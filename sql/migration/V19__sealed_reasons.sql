-- The reasons given for a break-glass opening, a legal hold and an erasure request may name or describe
-- the client: they are sealed like content (longer than the text they hold) and removed with the
-- client's records; the audit entries refer to them instead of carrying the text. Reasons written in
-- clear before are sealed by the application at its next start (org.throughline.policy.ReasonSealing).
ALTER TABLE break_glass MODIFY reason TEXT NULL;
ALTER TABLE legal_hold MODIFY reason TEXT NULL;
ALTER TABLE erasure_request MODIFY reason TEXT NULL;
