// GET /api/v1/openapi.json: public on purpose. It describes shapes, holds no data, and API
// tooling (code generators, Swagger UI) fetches it before anyone has a token.
import { buildOpenApiDocument } from "@/lib/api/openapi";

export function GET() {
  return Response.json(buildOpenApiDocument());
}
