// The import job behind a /customers/import/<id>/... URL, for the signed-in user, or a 404; and
// the step a job in its state belongs on, so an old tab never shows a stale step.
import { notFound, redirect } from "next/navigation";
import { isAppError } from "@/lib/app-error";
import { requirePagePermission } from "@/lib/auth/session";
import { getImportJob, importJobIdSchema } from "@/lib/import/jobs";

type Step = "mapping" | "review" | "result";

function stepOf(status: string): Step {
  if (status === "mapping") return "mapping";
  if (status === "review" || status === "validating") return "review";
  return "result";
}

export async function loadImportJob(rawId: string, step: Step) {
  const user = await requirePagePermission("customers.import", `/customers/import/${encodeURIComponent(rawId)}/${step}`);
  const id = importJobIdSchema.safeParse(rawId);
  if (!id.success) notFound();
  let job;
  try {
    job = await getImportJob(user, id.data);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const current = stepOf(job.status);
  // Mapping may be revisited from the review; anything else goes where the job is.
  if (current !== step && !(step === "mapping" && job.status === "review")) redirect(`/customers/import/${job.id}/${current}`);
  return { user, job };
}
