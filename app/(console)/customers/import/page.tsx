import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { MAX_FILE_BYTES } from "@/lib/import/limits";
import { ImportSteps } from "@/components/import/import-steps";
import { UploadForm } from "@/components/import/upload-form";

export const metadata: Metadata = { title: "Import customers" };

export default async function ImportPage() {
  await requirePagePermission("customers.import", "/customers/import");
  return (
    <section className="space-y-4">
      <div>
        <Link href="/customers" className="text-sm text-indigo-700 hover:underline">← Customers</Link>
        <h1 className="text-2xl font-semibold">Import customers</h1>
        <p className="text-sm text-slate-500">
          Upload a file, match its columns to customer fields, review every row&apos;s problems, then import. Nothing is saved before you confirm.
        </p>
      </div>
      <ImportSteps current="Upload" />
      <UploadForm maxMegabytes={MAX_FILE_BYTES / 1024 / 1024} />
    </section>
  );
}
