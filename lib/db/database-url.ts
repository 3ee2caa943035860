// Which database DATABASE_URL names, decided by its scheme alone: `file:` is SQLite (the
// default), `postgres://` or `postgresql://` is PostgreSQL (docs/decisions/018). Imported by the
// app, prisma.config.ts and every script, so all of them agree, and so a bad URL is refused with
// one line before any driver is loaded.

export type DatabaseKind = "sqlite" | "postgres";

export const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

/** A configuration problem the app or a script reports in one line, without a stack trace. */
export class DatabaseConfigError extends Error {
  override name = "DatabaseConfigError";
}

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

export function databaseKind(url: string = databaseUrl()): DatabaseKind {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  throw new DatabaseConfigError(
    `DATABASE_URL ${scheme ? `has the unknown scheme "${scheme}:"` : "is not a URL"}; use file:./path.db (SQLite) or postgresql://user:password@host:5432/db (PostgreSQL).`,
  );
}

export const isPostgres = (url: string = databaseUrl()) => databaseKind(url) === "postgres";

/** The URL without its password, for messages. */
export function redactedUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+):[^@]*@/, "$1:***@");
}
