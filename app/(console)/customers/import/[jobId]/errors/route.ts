// GET /customers/import/<id>/errors: the rows of an import that cannot be imported, as CSV, read
// from the stored review (each row's problems and original cells), not from the file.
import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { buildErrorFile, type ProblemRow } from "@/lib/import/error-file";
import { getImportJob, getImportPreview, importJobIdSchema } from "@/lib/import/jobs";
import { problemRowsOf } from "@/lib/import/stored-rows";
import { errorResponse, refuse } from "@/lib/http/error-response";

export async function GET(_request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return refuse("UNAUTHORIZED", "Sign in to download this file.");
  if (!can(user, "customers.import")) return refuse("FORBIDDEN", "You do not have permission to import customers.");
  const id = importJobIdSchema.safeParse((await params).jobId);
  if (!id.success) return refuse("NOT_FOUND", "This import does not exist.");
  try {
    const job = await getImportJob(user, id.data);
    if (job.status === "mapping" || job.status === "validating") return refuse("CONFLICT", "The file's rows are still being checked; try again in a moment.");
    const { headers } = await getImportPreview(job);
    const problems: ProblemRow[] = [];
    for await (const problem of problemRowsOf(job)) problems.push(problem);
    const name = `import-${job.id}-errors.csv`;
    return new NextResponse(buildErrorFile(headers, problems), {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
