-- Where a sign-in attempt came from, as the throttle counts it: the IPv4 address, or the /64 network
-- of an IPv6 address (one household or office line). Failures per source in the last minutes decide
-- whether a new attempt is slowed down or refused.
ALTER TABLE security_event
    ADD COLUMN source VARCHAR(45) NULL,
    ADD INDEX ix_security_event_source (source, event_type, occurred_at);
