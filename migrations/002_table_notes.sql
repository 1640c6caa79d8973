-- BudgetDesk budget book, schema version 2: the clerk's own note (表注) under a printed table.
--
-- One note per table number of the book's pack, printed after the pack's own notes as "注：…"
-- (for tables 8/9 it replaces "注：无"). Whether a table accepts a note is the template's
-- business, not the schema's. 2000 characters (SQLite length() counts characters) keeps a note a
-- paragraph, not a document.

CREATE TABLE table_notes (
  table_no INTEGER PRIMARY KEY CHECK (table_no BETWEEN 1 AND 99),
  text     TEXT NOT NULL CHECK (length(text) <= 2000)
) STRICT;
