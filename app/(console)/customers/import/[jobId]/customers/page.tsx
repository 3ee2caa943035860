import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { isAppError } from "@/lib/app-error";
import { requirePagePermission } from "@/lib/auth/session";
import { getImportJob, importJobIdSchema } from "@/lib/import/jobs";
import { listImportedCustomers } from "@/lib/import/imported-customers";
import { ImportedCustomersTable } from "@/components/import/imported-customers-table";

export const metadata: Metadata = { title: "Import: customers" };

const pageSchema = z.coerce.number().int().min(1).max(1_000_000).catch(1);

type Props = { params: Promise<{ jobId: string }>; searchParams: Promise<{ page?: string }> };

export default async function ImportedCustomersPage({ params, searchParams }: Props) {
  const rawId = (await params).jobId;
  const user = await requirePagePermission("customers.import", `/customers/import/${encodeURIComponent(rawId)}/customers`);
  const id = importJobIdSchema.safeParse(rawId);
  if (!id.success) notFound();
  let job;
  try {
    job = await getImportJob(user, id.data);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const list = await listImportedCustomers(job, pageSchema.parse((await searchParams).page));
  return (
    <section className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Customers from import #{job.id}</h1>
        <p className="text-sm text-slate-600">
          {job.fileName}: the customers this import created or updated ({list.total.toLocaleString("en-US")}).{" "}
          <Link href={`/customers/import/${job.id}/result`} className="text-indigo-700 underline">Back to the result</Link>
        </p>
      </div>
      <ImportedCustomersTable jobId={job.id} {...list} />
    </section>
  );
}
