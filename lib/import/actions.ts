"use server";
// Import server actions: save the mapping, start the run. The upload itself is a route handler
// (app/(console)/customers/import/upload/route.ts): server actions refuse bodies over 1 MB.
import { redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { runAction, type ActionResult } from "../actions/safe-action";
import { IMPORT_FIELDS, type ImportMapping } from "./mapping";
import { getImportJob, importJobIdSchema, markImportStarted, retryImport, saveImportMapping } from "./jobs";
import { executeImport } from "./run";
import { validateImportJob } from "./validate-job";

export type ImportFormState = ActionResult<{ id: number }> | null;

// The mapping form sends header_<i> (the file's header) and field_<i> (a field or "" for none).
const mappingFormSchema = z
  .object({ id: importJobIdSchema })
  .catchall(z.string().max(500))
  .transform(({ id, ...fields }) => {
    const mapping: ImportMapping = {};
    for (const [key, header] of Object.entries(fields)) {
      const match = /^header_(\d+)$/.exec(key);
      if (!match) continue;
      const field = fields[`field_${match[1]}`];
      if (field && (IMPORT_FIELDS as readonly string[]).includes(field)) mapping[header] = field as ImportMapping[string];
    }
    return { id, mapping };
  });

function formObject(formData: FormData): Record<string, string> {
  const object: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (!key.startsWith("$ACTION") && typeof value === "string") object[key] = value;
  return object;
}

export async function saveImportMappingAction(_previous: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const result = await runAction({ permission: "customers.import", schema: mappingFormSchema, input: formObject(formData) }, async ({ user, input }) => {
    await saveImportMapping(user, input.id, input.mapping);
    // The rows are checked after the response, once (decision 032); the review page shows the
    // progress and then reads the stored results. Another instance resumes it if this one stops.
    after(() => validateImportJob(input.id));
    return { id: input.id };
  });
  if (result.ok) redirect(`/customers/import/${result.data.id}/review`);
  return result;
}

const startSchema = z.object({
  id: importJobIdSchema,
  invalidRows: z.enum(["valid", "all"], { error: "Choose what to do with the rows that have problems" }),
  existingRows: z.enum(["update", "skip"], { error: "Choose what to do with customers that already exist" }),
});

export async function startImportAction(_previous: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const result = await runAction({ permission: "customers.import", schema: startSchema, input: formObject(formData) }, async ({ user, actor, input }) => {
    const { id, ...choices } = input;
    await getImportJob(user, id);
    await markImportStarted(user, id, choices);
    // The run continues after the response, held by this instance's lease (if the instance stops,
    // another resumes it: decision 032); the result page polls the job's progress in the
    // database. executeImport records its own failures on the job.
    after(() => executeImport(id, actor));
    return { id };
  });
  if (result.ok) redirect(`/customers/import/${result.data.id}/result`);
  return result;
}

const retrySchema = z.object({ id: importJobIdSchema });

/** The Retry button of a failed job: its validation or its run starts again where it stopped. */
export async function retryImportAction(_previous: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const result = await runAction({ permission: "customers.import", schema: retrySchema, input: formObject(formData) }, async ({ user, actor, input }) => {
    const step = await retryImport(user, input.id);
    after(() => (step === "validating" ? validateImportJob(input.id) : executeImport(input.id, actor)));
    return { id: input.id, step };
  });
  if (result.ok) redirect(`/customers/import/${result.data.id}/${result.data.step === "validating" ? "review" : "result"}`);
  return result;
}
