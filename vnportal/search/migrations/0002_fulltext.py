"""The full-text side of the index, which depends on the database (see ``backends``)."""

from django.db import migrations

SQLITE = {
    "create": [
        "CREATE VIRTUAL TABLE vnsearch_fts USING fts5("
        "title, body, title_marks UNINDEXED, body_marks UNINDEXED, tags, "
        "tokenize = 'unicode61 remove_diacritics 0')"
    ],
    "drop": ["DROP TABLE IF EXISTS vnsearch_fts"],
}
POSTGRESQL = {
    "create": [
        "ALTER TABLE vnsearch_searchentry ADD COLUMN document tsvector",
        "ALTER TABLE vnsearch_searchentry ADD COLUMN title_document tsvector",
        "ALTER TABLE vnsearch_searchentry ADD COLUMN marks text",
        "CREATE INDEX vnsearch_document_gin ON vnsearch_searchentry USING gin (document)",
        "CREATE INDEX vnsearch_title_gin ON vnsearch_searchentry USING gin (title_document)",
    ],
    "drop": [
        "DROP INDEX IF EXISTS vnsearch_title_gin",
        "DROP INDEX IF EXISTS vnsearch_document_gin",
        "ALTER TABLE vnsearch_searchentry DROP COLUMN IF EXISTS title_document",
        "ALTER TABLE vnsearch_searchentry DROP COLUMN IF EXISTS marks",
        "ALTER TABLE vnsearch_searchentry DROP COLUMN IF EXISTS document",
    ],
}


def _run(schema_editor, action):
    statements = POSTGRESQL if schema_editor.connection.vendor == "postgresql" else SQLITE
    for statement in statements[action]:
        schema_editor.execute(statement)


def create(apps, schema_editor):
    _run(schema_editor, "create")


def drop(apps, schema_editor):
    _run(schema_editor, "drop")


class Migration(migrations.Migration):
    dependencies = [("vnsearch", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
