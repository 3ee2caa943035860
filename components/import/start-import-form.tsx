"use client";
// The user's two choices before the run: what happens to rows with problems, and to customers
// that already exist.
import Link from "next/link";
import { useActionState } from "react";
import { startImportAction } from "@/lib/import/actions";
import { buttonStyles } from "@/components/ui/button-styles";

type Props = { jobId: number; valid: number; invalid: number; existing: number };

export function StartImportForm({ jobId, valid, invalid, existing }: Props) {
  const [state, formAction, pending] = useActionState(startImportAction, null);
  const radio = "mt-0.5 h-4 w-4 text-indigo-600";
  return (
    <form action={formAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <input type="hidden" name="id" value={jobId} />
      {state && !state.ok && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{state.error}</p>}
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-900">Rows with problems</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="invalidRows" value="valid" defaultChecked className={radio} />
          <span>Import the {valid.toLocaleString("en-US")} valid rows{invalid > 0 && ` and leave out the ${invalid.toLocaleString("en-US")} with problems`}</span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="invalidRows" value="all" className={radio} />
          <span>Import nothing until the file is fixed (all rows or none)</span>
        </label>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-900">Customers that already exist ({existing.toLocaleString("en-US")})</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="existingRows" value="skip" defaultChecked className={radio} />
          <span>Skip them: leave them as they are</span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="existingRows" value="update" className={radio} />
          <span>Update them with the file&apos;s values (empty cells change nothing)</span>
        </label>
      </fieldset>
      <div className="flex gap-2">
        <button type="submit" className={buttonStyles.primary} disabled={pending}>{pending ? "Starting…" : "Import"}</button>
        <Link href={`/customers/import/${jobId}/mapping`} className={buttonStyles.secondary}>Back to mapping</Link>
      </div>
    </form>
  );
}
