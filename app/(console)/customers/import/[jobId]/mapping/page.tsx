import type { Metadata } from "next";
import { CUSTOMER_FIELD_LABELS } from "@/lib/customers/format";
import { getImportPreview } from "@/lib/import/jobs";
import { parseStoredMapping } from "@/lib/import/review";
import { IMPORT_FIELDS } from "@/lib/import/mapping";
import { ImportSteps } from "@/components/import/import-steps";
import { MappingForm } from "@/components/import/mapping-form";
import { loadImportJob } from "../load-job";

export const metadata: Metadata = { title: "Import: map columns" };

export default async function ImportMappingPage({ params }: { params: Promise<{ jobId: string }> }) {
  const { job } = await loadImportJob((await params).jobId, "mapping");
  // The header and sample cells stored at upload: the file is not parsed again.
  const preview = await getImportPreview(job);
  const mapping = parseStoredMapping(job.mapping);
  const columns = preview.headers.map((header, index) => ({ header, field: mapping[header] ?? "", samples: preview.samples[index] ?? [] }));
  const fields = IMPORT_FIELDS.map((field) => ({ value: field, label: `${CUSTOMER_FIELD_LABELS[field] ?? field}${field === "name" ? " (required)" : ""}` }));
  return (
    <section className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Import customers: map columns</h1>
        <p className="text-sm text-slate-500">
          {job.fileName}: {job.totalRows.toLocaleString("en-US")} rows. Columns are matched by name and by your last import; change any that are wrong.
        </p>
      </div>
      <ImportSteps current="Map columns" />
      <MappingForm jobId={job.id} columns={columns} fields={fields} />
    </section>
  );
}
