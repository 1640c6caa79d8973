-- BudgetDesk budget book, schema version 3: the book carries its catalog (科目表).
--
-- A book resolves every code through the three lists stored here, so it opens and prints the same
-- years later whatever the app's built-in catalogs become. A new book copies the built-in catalog
-- of its year; a book from before this version gets it when it is first opened by this version
-- (in one transaction right after the upgrade, see src/main/ledger/book-catalog.ts). Importing the
-- finance bureau's 科目表 replaces one list.

-- provisional: 1 while the lists are the app's 暂定 carry-forward of an earlier year.
-- gov_mapping: the default 部门→政府 经济分类 mapping by unit side, JSON {admin, institution}.
CREATE TABLE catalog_info (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  provisional INTEGER NOT NULL CHECK (provisional IN (0, 1)),
  source      TEXT NOT NULL,
  gov_mapping TEXT NOT NULL CHECK (json_valid(gov_mapping))
) STRICT;

-- One code of a list. uncertain: the source marked it 待核实. retired: an imported 科目表 dropped
-- the code while lines still used it; kept so they print, reported by 审核.
CREATE TABLE catalog_entries (
  kind      TEXT NOT NULL CHECK (kind IN ('function', 'dept-econ', 'gov-econ')),
  code      TEXT NOT NULL CHECK (length(code) IN (3, 5, 7) AND code NOT GLOB '*[^0-9]*'),
  name      TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  uncertain INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
  retired   INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
  PRIMARY KEY (kind, code)
) STRICT, WITHOUT ROWID;
