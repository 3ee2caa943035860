import type { Metadata } from "next";
import { CUSTOMER_FIELD_LABELS } from "@/lib/customers/format";
import { parseStoredMapping } from "@/lib/import/review";
import { IMPORT_FIELDS } from "@/lib/import/mapping";
import { readImportFile } from "@/lib/import/read-file";
import { ImportSteps } from "@/components/import/import-steps";
import { MappingForm } from "@/components/import/mapping-form";
import { loadImportJob } from "../load-job";

export const metadata: Metadata = { title: "Import: map columns" };

const SAMPLES = 3;

export default async function ImportMappingPage({ params }: { params: Promise<{ jobId: string }> }) {
  const { job } = await loadImportJob((await params).jobId, "mapping");
  const table = await readImportFile(job.fileName, job.fileData ?? new Uint8Array());
  const mapping = parseStoredMapping(job.mapping);
  const columns = table.headers.map((header, index) => ({
    header,
    field: mapping[header] ?? "",
    samples: table.rows.map((row) => row[index]?.slice(0, 60) ?? "").filter(Boolean).slice(0, SAMPLES),
  }));
  const fields = IMPORT_FIELDS.map((field) => ({ value: field, label: `${CUSTOMER_FIELD_LABELS[field] ?? field}${field === "name" ? " (required)" : ""}` }));
  return (
    <section className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Import customers: map columns</h1>
        <p className="text-sm text-slate-500">
          {job.fileName}: {table.rows.length.toLocaleString("en-US")} rows. Columns are matched by name and by your last import; change any that are wrong.
        </p>
      </div>
      <ImportSteps current="Map columns" />
      <MappingForm jobId={job.id} columns={columns} fields={fields} />
    </section>
  );
}
