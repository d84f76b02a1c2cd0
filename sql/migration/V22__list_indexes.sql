-- Indexes for the lists that are paged and sorted in SQL, found with EXPLAIN on the generated
-- organization at full scale (20,000 engagements and clients, 5,000,000 audit entries): each list's
-- first page is read from its index instead of sorting the whole table.

-- Administrators' engagement list, newest first (unfiltered: a filesort of every engagement before)
ALTER TABLE engagement ADD INDEX ix_engagement_start (start_date, id);

-- Administrators' client list and the new-engagement client choices, newest first
ALTER TABLE client ADD INDEX ix_client_created (created_at, id);

-- The audit trail narrowed to one action or one record type, newest first (a scan of the whole
-- trail for a rare action before)
ALTER TABLE audit_entry ADD INDEX ix_audit_entry_action (action, id),
    ADD INDEX ix_audit_entry_type (record_type, id);
