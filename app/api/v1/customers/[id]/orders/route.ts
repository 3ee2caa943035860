// GET /api/v1/customers/{id}/orders: read-only (orders are added by finance in the console).
import { apiHandler } from "@/lib/api/handler";
import { listOrdersJson } from "@/lib/api/customer-records";
import { parseCustomerId } from "@/lib/api/customer-writes";

export const GET = apiHandler<{ id: string }>("read", async ({ params }) => Response.json(await listOrdersJson(parseCustomerId(params.id))));
