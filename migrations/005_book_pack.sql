-- BudgetDesk budget book: the template pack the book was made from, when it came from a pack
-- file rather than being built in.
--
-- The whole resolved pack (tables, 审核 rules, document texts) as JSON, so the book opens, checks
-- and prints the same without the file it was made from. A book on a built-in pack has no row:
-- book_info.pack_id names the pack. One row at most; the JSON must name the same pack as
-- book_info.pack_id (checked by the app when it reads the row).

CREATE TABLE book_pack (
  id         INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  definition TEXT NOT NULL CHECK (json_valid(definition))
) STRICT;
