// A record behind a URL segment: an id that does not parse, or a record that does not exist (or
// belongs to another customer), is a 404 page, not an error.
import { notFound } from "next/navigation";
import type { z } from "zod";
import { isAppError } from "@/lib/app-error";

export async function loadOr404<T>(idSchema: z.ZodType<number, unknown>, rawId: string, load: (id: number) => Promise<T>): Promise<T> {
  const id = idSchema.safeParse(rawId);
  if (!id.success) notFound();
  try {
    return await load(id.data);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
