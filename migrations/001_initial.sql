-- BudgetDesk budget book, schema version 1.
--
-- One SQLite file per book: one budget year, one template pack, the department and its
-- subordinate units. Every amount is an INTEGER number of 分 (`*_fen`); the CHECKs refuse a REAL
-- or TEXT that slipped in, because a float of 元 is exactly the bug this schema exists to stop.
-- Negative amounts are allowed on purpose: a clerk may enter a reduction (e.g. a correcting line),
-- and the 审核 checks report negative figures by name, which a CHECK here could not do.
--
-- schema_migrations is created by the migrations runner itself (it must exist before the first
-- migration can be recorded), so it is not in this file.

CREATE TABLE units (
  code        TEXT NOT NULL PRIMARY KEY CHECK (length(code) > 0),
  name        TEXT NOT NULL CHECK (length(name) > 0),
  type        TEXT NOT NULL CHECK (type IN ('行政单位', '参公事业单位', '事业单位')),
  parent_code TEXT REFERENCES units (code) ON UPDATE CASCADE,
  CHECK (parent_code IS NULL OR parent_code <> code)
) STRICT;

-- Book-level facts: exactly one row.
CREATE TABLE book_info (
  id         INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  year       INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  pack_id    TEXT NOT NULL CHECK (length(pack_id) > 0),
  unit_code  TEXT NOT NULL REFERENCES units (code) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED,
  created_at TEXT NOT NULL
) STRICT;

-- 一级 projects have no parent; 二级 projects sit under a 一级 project of the same book.
CREATE TABLE projects (
  code                   TEXT NOT NULL PRIMARY KEY CHECK (length(code) > 0),
  name                   TEXT NOT NULL CHECK (length(name) > 0),
  level                  INTEGER NOT NULL CHECK (level IN (1, 2)),
  parent_code            TEXT REFERENCES projects (code) ON UPDATE CASCADE,
  unit_code              TEXT NOT NULL REFERENCES units (code) ON UPDATE CASCADE,
  is_key                 INTEGER NOT NULL DEFAULT 0 CHECK (is_key IN (0, 1)),
  approved_fen           INTEGER CHECK (approved_fen IS NULL OR typeof(approved_fen) = 'integer'),
  procurement_goods_fen    INTEGER NOT NULL DEFAULT 0 CHECK (typeof(procurement_goods_fen) = 'integer'),
  procurement_works_fen    INTEGER NOT NULL DEFAULT 0 CHECK (typeof(procurement_works_fen) = 'integer'),
  procurement_services_fen INTEGER NOT NULL DEFAULT 0 CHECK (typeof(procurement_services_fen) = 'integer'),
  CHECK ((level = 1 AND parent_code IS NULL) OR (level = 2 AND parent_code IS NOT NULL))
) STRICT;
CREATE INDEX projects_parent ON projects (parent_code);

-- 三级 performance indicators of a project (产出/效益/满意度 → 二级 category → indicator).
CREATE TABLE performance_indicators (
  id           INTEGER NOT NULL PRIMARY KEY,
  project_code TEXT NOT NULL REFERENCES projects (code) ON UPDATE CASCADE ON DELETE CASCADE,
  tier         TEXT NOT NULL CHECK (tier IN ('产出指标', '效益指标', '满意度指标')),
  category     TEXT NOT NULL,
  name         TEXT NOT NULL CHECK (length(name) > 0),
  value        TEXT NOT NULL,
  unit         TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX performance_indicators_project ON performance_indicators (project_code);

-- The fact table. Codes are checked against the year's catalog by the application (the catalog
-- is data of the app, not of the book); kinds and fund sources are closed lists, checked here.
CREATE TABLE line_items (
  id             INTEGER NOT NULL PRIMARY KEY,
  unit_code      TEXT NOT NULL REFERENCES units (code) ON UPDATE CASCADE,
  function_code  TEXT NOT NULL,
  dept_econ_code TEXT NOT NULL,
  gov_econ_code  TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN (
                   '基本支出-人员经费', '基本支出-公用经费', '项目支出', '事业单位经营支出',
                   '对附属单位补助支出', '上缴上级支出', '结转下年')),
  project_code   TEXT REFERENCES projects (code) ON UPDATE CASCADE,
  fund_source    TEXT NOT NULL CHECK (fund_source IN (
                   '一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户-教育收费',
                   '财政专户-其他专户收入拨款', '事业收入', '经营收入', '其他收入', '上级补助收入',
                   '附属单位上缴收入', '用事业基金弥补收支差额', '上年结转结余')),
  amount_fen     INTEGER NOT NULL CHECK (typeof(amount_fen) = 'integer'),
  -- A project line names its 二级项目; no other kind does.
  CHECK ((kind = '项目支出') = (project_code IS NOT NULL))
) STRICT;
CREATE INDEX line_items_unit ON line_items (unit_code);
CREATE INDEX line_items_project ON line_items (project_code);

-- The income plan (控制数) per unit and fund source.
CREATE TABLE income_plan (
  unit_code   TEXT NOT NULL REFERENCES units (code) ON UPDATE CASCADE ON DELETE CASCADE,
  fund_source TEXT NOT NULL CHECK (fund_source IN (
                '一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户-教育收费',
                '财政专户-其他专户收入拨款', '事业收入', '经营收入', '其他收入', '上级补助收入',
                '附属单位上缴收入', '用事业基金弥补收支差额', '上年结转结余')),
  amount_fen  INTEGER NOT NULL CHECK (typeof(amount_fen) = 'integer'),
  PRIMARY KEY (unit_code, fund_source)
) STRICT;

-- 第一部分 概况 texts, per unit (the department's are the ones printed).
CREATE TABLE unit_texts (
  unit_code          TEXT NOT NULL PRIMARY KEY REFERENCES units (code) ON UPDATE CASCADE ON DELETE CASCADE,
  main_duties        TEXT NOT NULL DEFAULT '',
  organization       TEXT NOT NULL DEFAULT '',
  budget_composition TEXT NOT NULL DEFAULT ''
) STRICT;

-- The clerk's "主要原因是…" for a change of 第三部分, keyed by the subject (e.g. 'income', '三公').
CREATE TABLE change_reasons (
  subject_key TEXT NOT NULL PRIMARY KEY CHECK (length(subject_key) > 0),
  reason      TEXT NOT NULL
) STRICT;

-- 国有资产 figures for 第三部分 五: one row per book.
CREATE TABLE assets (
  id                    INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  as_of_date            TEXT NOT NULL,
  fixed_assets_fen      INTEGER NOT NULL CHECK (typeof(fixed_assets_fen) = 'integer'),
  buildings_m2          REAL NOT NULL CHECK (buildings_m2 >= 0),
  vehicles              INTEGER NOT NULL CHECK (vehicles >= 0),
  equipment_over_1m     INTEGER NOT NULL CHECK (equipment_over_1m >= 0),
  planned_purchase_fen  INTEGER NOT NULL CHECK (typeof(planned_purchase_fen) = 'integer'),
  planned_purchase_text TEXT NOT NULL DEFAULT ''
) STRICT;

-- Last year's printed figures (from the import of last year's budget), one cell per row.
CREATE TABLE last_year_figures (
  id           INTEGER NOT NULL PRIMARY KEY,
  table_no     INTEGER NOT NULL CHECK (table_no >= 1),
  row_key      TEXT NOT NULL,
  code         TEXT NOT NULL DEFAULT '',
  label        TEXT NOT NULL DEFAULT '',
  column_index INTEGER NOT NULL CHECK (column_index >= 0),
  caption      TEXT NOT NULL DEFAULT '',
  amount_fen   INTEGER NOT NULL CHECK (typeof(amount_fen) = 'integer'),
  UNIQUE (table_no, row_key, column_index)
) STRICT;

-- The clerk's 出错说明 for a 审核 finding, keyed by the finding's stable key.
CREATE TABLE review_notes (
  finding_key TEXT NOT NULL PRIMARY KEY CHECK (length(finding_key) > 0),
  note        TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
