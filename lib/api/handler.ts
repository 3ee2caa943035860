// The one way API route handlers run: token and scope first, then the handler; every error
// becomes the JSON error shape (lib/api/errors.ts).
import { authenticateApiRequest, type ApiAccess, type ApiPrincipal } from "./auth";
import { errorResponse } from "./errors";

export type ApiHandlerContext<P> = { request: Request; principal: ApiPrincipal; params: P };

export function apiHandler<P extends Record<string, string> = Record<string, never>>(
  access: ApiAccess,
  handler: (context: ApiHandlerContext<P>) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const principal = await authenticateApiRequest(request, access);
      return await handler({ request, principal, params: await context.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
