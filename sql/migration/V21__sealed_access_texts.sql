-- A subject access request's identity check and extension reason may describe the client: sealed like
-- content, and removed when the client's records go (the request itself stays, by pseudonym).
ALTER TABLE subject_access_request MODIFY identity_check TEXT NULL;
ALTER TABLE subject_access_request MODIFY extension_reason TEXT NULL;
