// Reading a JSON request body: malformed JSON and oversized bodies are the client's error (400/413).
import { ApiError } from "./errors";

/** Enough for a bulk call of 1,000 customers with every field filled. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export async function readJsonBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new ApiError(413, "payload_too_large", `The body may be at most ${MAX_BODY_BYTES} bytes.`);
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new ApiError(413, "payload_too_large", `The body may be at most ${MAX_BODY_BYTES} bytes.`);
  if (text.trim() === "") throw new ApiError(400, "invalid_json", "The request body is empty; send a JSON object.");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : "";
    throw new ApiError(400, "invalid_json", `The request body is not valid JSON${detail}`);
  }
}
