// The stored mapping of an import job. The review itself (each row's problems, the counts) is
// computed once in the background (validate-job.ts) and read from the database (stored-rows.ts).
import { importMappingSchema, type ImportMapping } from "./mapping";

export function parseStoredMapping(json: string): ImportMapping {
  try {
    return importMappingSchema.parse(JSON.parse(json));
  } catch {
    return {};
  }
}
