// GET /customers/import/<id>/errors: the rows of an import that cannot be imported, as CSV.
import { NextResponse } from "next/server";
import { isAppError } from "@/lib/app-error";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { buildErrorFile } from "@/lib/import/error-file";
import { getImportJobWithFile, importJobIdSchema } from "@/lib/import/jobs";
import { reviewImport } from "@/lib/import/review";

export async function GET(_request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new NextResponse("Sign in to download this file.", { status: 401 });
  if (!can(user, "customers.import")) return new NextResponse("You do not have permission to import customers.", { status: 403 });
  const id = importJobIdSchema.safeParse((await params).jobId);
  if (!id.success) return new NextResponse("This import does not exist.", { status: 404 });
  try {
    const job = await getImportJobWithFile(user, id.data);
    const body = buildErrorFile(await reviewImport(job));
    const name = `import-${job.id}-errors.csv`;
    return new NextResponse(body, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store" },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return new NextResponse(error.message, { status: 404 });
    throw error;
  }
}
