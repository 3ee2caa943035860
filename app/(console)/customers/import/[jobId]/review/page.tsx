import type { Metadata } from "next";
import { z } from "zod";
import { listImportProblems } from "@/lib/import/stored-rows";
import { buttonStyles } from "@/components/ui/button-styles";
import { ImportCounts } from "@/components/import/import-counts";
import { ImportProgress } from "@/components/import/import-progress";
import { ImportSteps } from "@/components/import/import-steps";
import { IssueTable } from "@/components/import/issue-table";
import { StartImportForm } from "@/components/import/start-import-form";
import { loadImportJob } from "../load-job";

export const metadata: Metadata = { title: "Import: review" };

const pageSchema = z.coerce.number().int().min(1).max(1_000_000).catch(1);

type Props = { params: Promise<{ jobId: string }>; searchParams: Promise<{ page?: string }> };

// Reads the review stored by the background validation (decision 032): the counts on the job and
// one page of the rows with problems; while the rows are still being checked, their progress.
export default async function ImportReviewPage({ params, searchParams }: Props) {
  const { job } = await loadImportJob((await params).jobId, "review");
  const header = (
    <div>
      <h1 className="text-2xl font-semibold">Import customers: review</h1>
      <p className="text-sm text-slate-500">{job.fileName}. Every row is checked with the same rules as the customer form; nothing is saved yet.</p>
    </div>
  );
  if (job.status === "validating") {
    return (
      <section className="space-y-4">
        {header}
        <ImportSteps current="Review" />
        <ImportProgress processed={job.validated} total={job.totalRows} label="Checking rows…" name="Check progress" />
      </section>
    );
  }
  const problems = await listImportProblems(job.id, pageSchema.parse((await searchParams).page));
  const invalid = job.problemCount;
  return (
    <section className="space-y-4">
      {header}
      <ImportSteps current="Review" />
      <ImportCounts
        items={[
          { label: "Rows in file", value: job.totalRows },
          { label: "New customers", value: job.newCount, tone: "good" },
          { label: "Already exist", value: job.existingCount },
          { label: "Rows with problems", value: invalid, tone: "bad" },
        ]}
      />
      {invalid > 0 ? (
        <>
          <div className="flex items-center justify-between">
            <h2 className="text-lg font-semibold">{invalid.toLocaleString("en-US")} {invalid === 1 ? "row has" : "rows have"} problems</h2>
            <a href={`/customers/import/${job.id}/errors`} className={buttonStyles.secondary} download>Download errors (CSV)</a>
          </div>
          <IssueTable jobId={job.id} {...problems} />
        </>
      ) : (
        <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">Every row is valid.</p>
      )}
      <StartImportForm jobId={job.id} valid={job.validCount} invalid={invalid} existing={job.existingCount} />
    </section>
  );
}
