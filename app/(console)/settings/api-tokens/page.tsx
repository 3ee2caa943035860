import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { ApiTokensTable } from "@/components/api-tokens/api-tokens-table";
import { CreateTokenForm } from "@/components/api-tokens/create-token-form";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  await requirePagePermission("apiTokens.manage", "/settings/api-tokens");
  const tokens = await listApiTokens();
  return (
    <section className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">API tokens</h1>
        <p className="text-sm text-slate-500">
          Tokens let integrations call the REST API under <code>/api/v1</code> with{" "}
          <code>Authorization: Bearer &lt;token&gt;</code>. Read tokens may list and read customers; read-write tokens may
          also create, update and archive them. See the{" "}
          <Link href="/api/v1/openapi.json" prefetch={false} className="text-indigo-700 underline">OpenAPI document</Link>.
        </p>
      </div>
      <CreateTokenForm />
      <ApiTokensTable rows={tokens} />
    </section>
  );
}
