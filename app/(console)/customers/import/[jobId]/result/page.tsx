import type { Metadata } from "next";
import Link from "next/link";
import { buttonStyles } from "@/components/ui/button-styles";
import { ImportCounts } from "@/components/import/import-counts";
import { ImportProgress } from "@/components/import/import-progress";
import { ImportSteps } from "@/components/import/import-steps";
import { RetryImportForm } from "@/components/import/retry-import-form";
import { canRetryImport } from "@/lib/import/jobs";
import { loadImportJob } from "../load-job";

export const metadata: Metadata = { title: "Import: result" };

export default async function ImportResultPage({ params }: { params: Promise<{ jobId: string }> }) {
  const { job } = await loadImportJob((await params).jobId, "result");
  const running = job.status === "running";
  return (
    <section className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Import customers: result</h1>
        <p className="text-sm text-slate-500">
          {job.fileName}: {job.totalRows.toLocaleString("en-US")} rows
          {job.finishedAt && `, finished ${job.finishedAt.toISOString().slice(0, 19).replace("T", " ")} UTC`}.
        </p>
      </div>
      <ImportSteps current="Result" />
      {running ? (
        <ImportProgress processed={job.processed} total={job.totalRows} />
      ) : (
        <>
          {job.status === "failed" ? (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{job.message ?? "The import failed."}</p>
          ) : (
            <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">Import finished.</p>
          )}
          <ImportCounts
            items={[
              { label: "Created", value: job.created, tone: "good" },
              { label: "Updated", value: job.updated },
              { label: "Skipped", value: job.skipped },
              { label: "Failed", value: job.failed, tone: "bad" },
            ]}
          />
          <div className="flex flex-wrap gap-2">
            {canRetryImport(job) && <RetryImportForm jobId={job.id} />}
            {job.failed > 0 && <a href={`/customers/import/${job.id}/errors`} className={buttonStyles.secondary} download>Download errors (CSV)</a>}
            <Link href={`/customers/import/${job.id}/customers`} className={buttonStyles.secondary}>Imported customers</Link>
            <Link href="/customers/import" className={buttonStyles.primary}>Import another file</Link>
          </div>
        </>
      )}
    </section>
  );
}
