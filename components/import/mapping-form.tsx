"use client";
// One row per file column: its name, a few sample values, and the customer field it feeds.
import Link from "next/link";
import { useActionState } from "react";
import { saveImportMappingAction } from "@/lib/import/actions";
import { buttonStyles } from "@/components/ui/button-styles";
import { inputClassName } from "@/components/ui/field";

type Props = {
  jobId: number;
  columns: Array<{ header: string; samples: string[]; field: string }>;
  fields: Array<{ value: string; label: string }>;
};

export function MappingForm({ jobId, columns, fields }: Props) {
  const [state, formAction, pending] = useActionState(saveImportMappingAction, null);
  return (
    <form action={formAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <input type="hidden" name="id" value={jobId} />
      {state && !state.ok && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{state.error}</p>}
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead>
          <tr className="text-left text-slate-600">
            <th scope="col" className="py-2 pr-4 font-medium">Column in the file</th>
            <th scope="col" className="py-2 pr-4 font-medium">Sample values</th>
            <th scope="col" className="py-2 font-medium">Customer field</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {columns.map((column, index) => (
            <tr key={column.header}>
              <td className="py-2 pr-4 font-medium text-slate-900">
                {column.header || <span className="text-slate-600">(no name)</span>}
                <input type="hidden" name={`header_${index}`} value={column.header} />
              </td>
              <td className="max-w-xs truncate py-2 pr-4 text-slate-500">{column.samples.join(" · ")}</td>
              <td className="py-2">
                <label htmlFor={`field_${index}`} className="sr-only">Customer field for {column.header}</label>
                <select id={`field_${index}`} name={`field_${index}`} defaultValue={column.field} className={inputClassName} disabled={column.header === ""}>
                  <option value="">Do not import</option>
                  {fields.map((field) => <option key={field.value} value={field.value}>{field.label}</option>)}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex gap-2">
        <button type="submit" className={buttonStyles.primary} disabled={pending}>{pending ? "Checking rows…" : "Review rows"}</button>
        <Link href="/customers/import" className={buttonStyles.secondary}>Upload another file</Link>
      </div>
    </form>
  );
}
