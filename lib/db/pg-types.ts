// node-postgres settings for the Prisma pg adapter (@prisma/adapter-pg 6.19.3).
//
// Prisma's migrations read PostgreSQL's catalogs, whose columns have the type `name` (OID 19),
// which the adapter does not know: `prisma migrate deploy` fails with "Column type 'name' could
// not be deserialized". Setting a text parser for OID 19 (pg.types.setTypeParser) is not enough,
// since the adapter picks the column's type from its OID before parsing; so the pool's clients
// also report `name` columns as `text` (OID 25), the type their values are.
import pg from "pg";

const NAME_OID = 19;
const TEXT_OID = 25;

type Fields = { fields?: { dataTypeID: number }[] };

function nameAsText<T>(result: T): T {
  for (const field of (result as Fields | undefined)?.fields ?? []) {
    if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

type Query = (...args: unknown[]) => unknown;

/** pg's query, with `name` columns typed as text. pg's query has many overloads: the promise
 * form (a client in a transaction) and the callback form (pg.Pool's own query) are both adapted. */
function adaptQuery(query: Query): Query {
  return (...args) => {
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last] as (error: Error | null, result: unknown) => void;
      args[last] = (error: Error | null, result: unknown) => callback(error, error ? result : nameAsText(result));
    }
    const result = query(...args);
    if (result && typeof (result as Promise<unknown>).then === "function") return (result as Promise<unknown>).then(nameAsText);
    return result;
  };
}

/** A pg Client whose query results type `name` columns as text. */
class NameAsTextClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    (this as unknown as { query: Query }).query = adaptQuery(super.query.bind(this) as Query);
  }
}

let typesSet = false;

/** Pool settings for `new PrismaPg(...)`: the URL, and clients that read `name` as text. */
export function pgPoolConfig(connectionString: string, extra: pg.PoolConfig = {}): pg.PoolConfig {
  if (!typesSet) {
    pg.types.setTypeParser(NAME_OID as Parameters<typeof pg.types.setTypeParser>[0], (value: string) => value);
    typesSet = true;
  }
  return { connectionString, Client: NameAsTextClient, ...extra };
}
