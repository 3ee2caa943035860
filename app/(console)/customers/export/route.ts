// GET/POST /customers/export: the customer list as CSV or XLSX, streamed.
//   GET  ?<the list's params>&format=csv|xlsx[&bom=1]     every row of that filter, in its sort
//   POST form: the list's params, format, bom, ids=1&ids=2 (or "1,2")   the chosen rows
// Chosen rows come by POST because up to 10,000 ids do not fit in a URL (browsers and proxies
// stop at 8-16 KB); the session cookie is SameSite=Lax, so another site cannot post this form
// with it, and the Origin check below refuses it anyway.
import { NextResponse, type NextRequest } from "next/server";
import { actorOf } from "@/lib/actions/safe-action";
import { can } from "@/lib/auth/permissions";
import { signInPathFor } from "@/lib/auth/return-path";
import { getCurrentUser } from "@/lib/auth/session";
import { createCustomerExport } from "@/lib/export/customer-export";
import { refuse } from "@/lib/http/error-response";
import { paramsRecord, parseExportRequest } from "@/lib/export/request";
import { isSameOrigin, requestOrigin } from "@/lib/http/request-origin";

export const dynamic = "force-dynamic";


async function exportResponse(request: NextRequest, params: Record<string, string | string[]>): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) {
    // A browser following a link is sent to sign in; a script gets a status it can check.
    if (request.method === "GET" && request.headers.get("accept")?.includes("text/html")) {
      const back = `${request.nextUrl.pathname}${request.nextUrl.search}`;
      // Relative, so it stays on the host and port the user opened.
      return new Response(null, { status: 303, headers: { location: signInPathFor(back) } });
    }
    return refuse("UNAUTHORIZED", "Sign in to export customers");
  }
  if (!can(user, "customers.export")) return refuse("FORBIDDEN", "Your role may not export customers");

  const parsed = parseExportRequest(params);
  if (!parsed.ok) return refuse("INVALID", parsed.error);

  const file = createCustomerExport(actorOf(user), parsed.request, { origin: requestOrigin(request.headers) }, { signal: request.signal });
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

export async function GET(request: NextRequest) {
  return exportResponse(request, paramsRecord(request.nextUrl.searchParams.entries()));
}

export async function POST(request: NextRequest) {
  if (!isSameOrigin(request.headers)) {
    return refuse("FORBIDDEN", "Cross-site export requests are refused");
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse("INVALID", "Send the export request as a form");
  }
  // The form's buttons name the format in their formAction's query; the form carries the rest.
  return exportResponse(request, paramsRecord([...request.nextUrl.searchParams.entries(), ...form.entries()]));
}
