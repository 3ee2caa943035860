// GET /customers/import/<id>/errors: the rows of an import that cannot be imported, as CSV.
import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { buildErrorFile } from "@/lib/import/error-file";
import { getImportJobWithFile, importJobIdSchema } from "@/lib/import/jobs";
import { reviewImport } from "@/lib/import/review";
import { errorResponse, refuse } from "@/lib/http/error-response";

export async function GET(_request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return refuse("UNAUTHORIZED", "Sign in to download this file.");
  if (!can(user, "customers.import")) return refuse("FORBIDDEN", "You do not have permission to import customers.");
  const id = importJobIdSchema.safeParse((await params).jobId);
  if (!id.success) return refuse("NOT_FOUND", "This import does not exist.");
  try {
    const job = await getImportJobWithFile(user, id.data);
    const body = buildErrorFile(await reviewImport(job));
    const name = `import-${job.id}-errors.csv`;
    return new NextResponse(body, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
