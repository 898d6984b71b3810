-- postgresql flavour; sqlite/V9__collection_announced.sql is the same change.
-- When collection.completed was handed to the webhooks (their deliveries are JobRunr jobs). A collection that is done
-- but not announced was stopped between the two: the job's next attempt announces it, so the event is not lost.
ALTER TABLE collections ADD COLUMN announced_at TIMESTAMP WITH TIME ZONE;
-- Collections finished before this column existed were announced when they finished.
UPDATE collections SET announced_at = finished_at WHERE status = 'DONE';
