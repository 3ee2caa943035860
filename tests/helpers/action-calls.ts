// Calling server actions from a test the way a browser's form does.

/** A form's body: every value as a string field. */
export function formOf(values: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, String(value));
  return data;
}

/** Next's interrupts (redirect, notFound, forbidden) are errors with a digest; this returns it. */
export async function interruptOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error);
  }
  throw new Error("expected the action to interrupt");
}
