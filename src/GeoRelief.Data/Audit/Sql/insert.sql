-- One audit row, written in the transaction of the change it records.
INSERT INTO georelief.audit_log (token_id, who, layer, key, action, before, after)
VALUES (@token_id, @who, @layer, @key, @action, @before::jsonb, @after::jsonb)
