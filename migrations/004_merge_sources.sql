-- BudgetDesk budget book, schema version 5: 汇总 — what a department book remembers of each
-- subordinate unit's book merged into it.
--
-- merge_sources: one row per merged unit book, keyed by that book's own top unit code: the file
-- it came from, the sha256 of the file's bytes when merged (so the app can flag a source changed
-- since), and when. merged_units: every unit a source brought (its top unit and that book's own
-- subordinate units), so merging the same unit again removes exactly what it brought last time
-- and never the department's own entries. merged_unit_assets: the 国有资产 figures of each merged
-- unit book (a book keeps one row of its own in `assets`).

CREATE TABLE merge_sources (
  unit_code      TEXT NOT NULL PRIMARY KEY REFERENCES units (code) ON UPDATE CASCADE,
  source_path    TEXT NOT NULL CHECK (length(source_path) > 0),
  content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
  merged_at      TEXT NOT NULL,
  line_count     INTEGER NOT NULL CHECK (line_count >= 0)
) STRICT;

CREATE TABLE merged_units (
  unit_code   TEXT NOT NULL PRIMARY KEY REFERENCES units (code) ON UPDATE CASCADE,
  source_unit TEXT NOT NULL REFERENCES merge_sources (unit_code) ON UPDATE CASCADE ON DELETE CASCADE
) STRICT;
CREATE INDEX merged_units_source ON merged_units (source_unit);

CREATE TABLE merged_unit_assets (
  unit_code             TEXT NOT NULL PRIMARY KEY REFERENCES merge_sources (unit_code) ON UPDATE CASCADE ON DELETE CASCADE,
  as_of_date            TEXT NOT NULL,
  fixed_assets_fen      INTEGER NOT NULL CHECK (typeof(fixed_assets_fen) = 'integer'),
  buildings_m2          REAL NOT NULL CHECK (buildings_m2 >= 0),
  vehicles              INTEGER NOT NULL CHECK (vehicles >= 0),
  equipment_over_1m     INTEGER NOT NULL CHECK (equipment_over_1m >= 0),
  planned_purchase_fen  INTEGER NOT NULL CHECK (typeof(planned_purchase_fen) = 'integer'),
  planned_purchase_text TEXT NOT NULL DEFAULT ''
) STRICT;
