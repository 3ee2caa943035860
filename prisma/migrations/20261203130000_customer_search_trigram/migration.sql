-- Substring search on an index (issue 13 item 7, decision 038), SQLite only: an FTS5 table with the
-- trigram tokenizer over Customer."searchText", external content (it stores the index, not the
-- text), kept in step by the triggers below. The list's search asks it for the ids whose text is
-- LIKE '%term%' (lib/customers/list-query.ts). PostgreSQL has the same from the pg_trgm GIN index
-- on "searchText" (prisma/postgres/migrations/20261124110000_baseline).
--
-- Not in schema.prisma (Prisma has no virtual tables); `prisma migrate diff` leaves it alone.
-- A later migration that rebuilds "Customer" (Prisma's RedefineTables: new table, copy, drop,
-- rename) drops these triggers with the old table: such a migration must create them again
-- (tests/customers/search-index.test.ts fails until it does).
CREATE VIRTUAL TABLE "CustomerSearch" USING fts5("searchText", content='Customer', content_rowid='id', tokenize='trigram');

INSERT INTO "CustomerSearch"("CustomerSearch") VALUES ('rebuild');

CREATE TRIGGER "Customer_search_insert" AFTER INSERT ON "Customer" BEGIN
  INSERT INTO "CustomerSearch"(rowid, "searchText") VALUES (new."id", new."searchText");
END;

CREATE TRIGGER "Customer_search_delete" AFTER DELETE ON "Customer" BEGIN
  INSERT INTO "CustomerSearch"("CustomerSearch", rowid, "searchText") VALUES ('delete', old."id", old."searchText");
END;

CREATE TRIGGER "Customer_search_update" AFTER UPDATE OF "searchText" ON "Customer" BEGIN
  INSERT INTO "CustomerSearch"("CustomerSearch", rowid, "searchText") VALUES ('delete', old."id", old."searchText");
  INSERT INTO "CustomerSearch"(rowid, "searchText") VALUES (new."id", new."searchText");
END;
