// POST /customers/import/upload: the file of a new import (multipart field "file"). A route
// handler, not a server action, so files up to 20 MB pass (server actions stop at 1 MB). An
// oversized upload is refused from its Content-Length before its body is read, and one that
// sends no (or a false) length is refused as soon as its streamed bytes pass the limit.
import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { createImportJob } from "@/lib/import/jobs";
import { formatMegabytes, isImportFileError, MAX_FILE_BYTES } from "@/lib/import/limits";
import { checkFileSize } from "@/lib/import/read-file";
import { errorResponse, refuse } from "@/lib/http/error-response";
import { BodyTooLargeError, readBodyLimited } from "@/lib/http/read-body-limited";

// Room for the multipart envelope around the file itself.
const ENVELOPE_BYTES = 64 * 1024;

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return refuse("UNAUTHORIZED", "Sign in to import customers.");
  if (!can(user, "customers.import")) return refuse("FORBIDDEN", "You do not have permission to import customers.");

  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_FILE_BYTES + ENVELOPE_BYTES) {
    return refuse("TOO_LARGE", `The file is about ${formatMegabytes(length)}; the limit is ${formatMegabytes(MAX_FILE_BYTES)}. Split it into smaller files.`);
  }
  let file: FormDataEntryValue | null;
  try {
    const body = await readBodyLimited(request.body, MAX_FILE_BYTES + ENVELOPE_BYTES);
    const form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
    file = form.get("file");
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return refuse("TOO_LARGE", `The file is larger than ${formatMegabytes(MAX_FILE_BYTES)}, the limit. Split it into smaller files.`);
    }
    return refuse("INVALID", "The upload could not be read. Choose the file and try again.");
  }
  if (!(file instanceof File) || file.name === "") return refuse("INVALID", "Choose a CSV or XLSX file to upload.");
  try {
    checkFileSize(file.size);
    const job = await createImportJob(user.id, file.name, new Uint8Array(await file.arrayBuffer()));
    return NextResponse.json({ ok: true, id: job.id, next: `/customers/import/${job.id}/mapping` });
  } catch (error) {
    if (isImportFileError(error)) return refuse("INVALID", error.message);
    return errorResponse(error);
  }
}
