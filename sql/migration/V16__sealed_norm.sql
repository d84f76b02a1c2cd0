-- The coach's adjusted communication norm is content the coach typed: it is kept sealed, like goal
-- and baseline. The clear norm_* columns keep the template's norm (an administrator's text). Norms
-- already adjusted in clear are sealed by the application at its next start
-- (org.throughline.session.NormSealing), which needs the content key that this script has not.
ALTER TABLE engagement ADD COLUMN norm_sealed TEXT NULL;
