import type { Metadata } from "next";
import { reviewImport } from "@/lib/import/review";
import { buttonStyles } from "@/components/ui/button-styles";
import { ImportCounts } from "@/components/import/import-counts";
import { ImportSteps } from "@/components/import/import-steps";
import { IssueTable } from "@/components/import/issue-table";
import { StartImportForm } from "@/components/import/start-import-form";
import { loadImportJob } from "../load-job";

export const metadata: Metadata = { title: "Import: review" };

const SHOWN_ISSUES = 500;

export default async function ImportReviewPage({ params }: { params: Promise<{ jobId: string }> }) {
  const { job } = await loadImportJob((await params).jobId, "review");
  const review = await reviewImport(job);
  const { counts } = review;
  return (
    <section className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Import customers: review</h1>
        <p className="text-sm text-slate-500">{job.fileName}. Every row was checked with the same rules as the customer form; nothing is saved yet.</p>
      </div>
      <ImportSteps current="Review" />
      <ImportCounts
        items={[
          { label: "Rows in file", value: review.totalRows },
          { label: "New customers", value: counts.new, tone: "good" },
          { label: "Already exist", value: counts.existing },
          { label: "Rows with problems", value: counts.invalid, tone: "bad" },
        ]}
      />
      {review.issues.length > 0 ? (
        <>
          <div className="flex items-center justify-between">
            <h2 className="text-lg font-semibold">{counts.invalid.toLocaleString("en-US")} {counts.invalid === 1 ? "row has" : "rows have"} problems</h2>
            <a href={`/customers/import/${job.id}/errors`} className={buttonStyles.secondary} download>Download errors (CSV)</a>
          </div>
          <IssueTable issues={review.issues} limit={SHOWN_ISSUES} />
        </>
      ) : (
        <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">Every row is valid.</p>
      )}
      <StartImportForm jobId={job.id} valid={counts.valid} invalid={counts.invalid} existing={counts.existing} />
    </section>
  );
}
