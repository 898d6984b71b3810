-- sqlite flavour; postgresql/V11__job_field_sources.sql is the same change.
-- The fields a language model filled after the extraction rules left them empty, as a JSON object of field name to
-- source ({"salary": "llm:openai/gpt-4o-mini"}); null when the rules gave every field.
ALTER TABLE jobs ADD COLUMN field_sources TEXT;
