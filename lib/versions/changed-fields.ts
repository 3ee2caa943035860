// The fields a form's user changed (decision 035): the form posts `loaded`, the JSON of the values
// it opened with, next to every field; a field whose posted text equals its loaded text was not
// touched and is left out of the write, so it keeps whatever is stored now. A form that posts no
// `loaded` (an older page, a script) saves every field it sends.
import { z } from "zod";

const loadedSchema = z.record(z.string(), z.string());

/** `parsed` narrowed to the fields whose raw text in `sent` differs from `sent.loaded`. */
export function changedFieldsOf<T extends Record<string, unknown>>(parsed: T, sent: Record<string, unknown>): Partial<T> {
  if (typeof sent.loaded !== "string") return parsed;
  let loaded: Record<string, string>;
  try {
    const result = loadedSchema.safeParse(JSON.parse(sent.loaded));
    if (!result.success) return parsed;
    loaded = result.data;
  } catch {
    return parsed;
  }
  return Object.fromEntries(
    Object.entries(parsed).filter(([name]) => !(name in loaded) || String(sent[name] ?? "") !== loaded[name]),
  ) as Partial<T>;
}
