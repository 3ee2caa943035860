"use client";
// Sends the file to the upload route (not a server action: files up to 20 MB) and moves on to the
// mapping step, or shows why the file cannot be imported.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";

export function UploadForm({ maxMegabytes }: { maxMegabytes: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.name === "") return setError("Choose a CSV or XLSX file to upload.");
    if (file.size > maxMegabytes * 1024 * 1024) {
      return setError(`The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxMegabytes.toFixed(1)} MB. Split it into smaller files.`);
    }
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/customers/import/upload", { method: "POST", body: data });
      const body = (await response.json().catch(() => null)) as { next?: string; error?: string } | null;
      if (response.ok && body?.next) return router.push(body.next);
      setError(body?.error ?? "The upload failed. Please try again.");
    } catch {
      setError("The upload failed: the server could not be reached. Please try again.");
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      {error && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{error}</p>}
      <div className="space-y-1">
        <label htmlFor="import-file" className="block text-sm font-medium text-slate-700">CSV or XLSX file</label>
        <input id="import-file" name="file" type="file" accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className="block text-sm" />
        <p className="text-xs text-slate-500">
          The first row holds the column names. CSV with comma, semicolon, tab or pipe, UTF-8; or the first sheet of an XLSX workbook. Up to {maxMegabytes} MB and 100,000 rows.
        </p>
      </div>
      <button type="submit" className={buttonStyles.primary} disabled={pending}>{pending ? "Uploading…" : "Upload"}</button>
    </form>
  );
}
