// GET /pickers/locations?q=&customerId=: the asset form's location choices, as JSON. Only staff
// who may edit assets get them; the query is zod-parsed (a bad value falls back to a blank one).
import { NextResponse, type NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { searchLocationOptions } from "@/lib/assets/pickers";
import { pickerQuerySchema } from "@/lib/assets/schema";
import { refuse } from "@/lib/http/error-response";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return refuse("UNAUTHORIZED", "Sign in first");
  if (!can(user, "customers.write")) return refuse("FORBIDDEN", "Your role may not edit assets");
  const query = pickerQuerySchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  return NextResponse.json({ options: await searchLocationOptions(query) }, { headers: { "cache-control": "no-store" } });
}
