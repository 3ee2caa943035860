// Reading a JSON request body: malformed JSON and oversized bodies are the client's error (400/413).
// The size is counted while the body streams (lib/http/read-body-limited.ts): a body over the
// limit is refused after MAX_BODY_BYTES, whatever Content-Length says or when it is chunked.
import { BodyTooLargeError, readBodyLimited } from "../http/read-body-limited";
import { ApiError } from "./errors";

/** Enough for a bulk call of 1,000 customers with every field filled. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

const tooLarge = () => new ApiError(413, "payload_too_large", `The body may be at most ${MAX_BODY_BYTES} bytes.`);

export async function readJsonBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  let bytes: Uint8Array;
  try {
    bytes = await readBodyLimited(request.body, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw tooLarge();
    throw error;
  }
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === "") throw new ApiError(400, "invalid_json", "The request body is empty; send a JSON object.");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : "";
    throw new ApiError(400, "invalid_json", `The request body is not valid JSON${detail}`);
  }
}
