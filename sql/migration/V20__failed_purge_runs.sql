-- A purge batch that fails (the database refused it, say) no longer leaves its run without an end: the
-- run is finished, the kinds of record it could not finish are named here, and each kind still gets
-- its receipt with what was done before the failure. The next run takes up what is still due.
ALTER TABLE purge_run ADD COLUMN failed_categories VARCHAR(300) NULL;
