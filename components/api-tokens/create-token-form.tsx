"use client";
// Creates a token and shows it once: the value lives only in this component's state, so leaving
// or reloading the page loses it for good (only its hash is stored).
import { useActionState, useState } from "react";
import { createApiTokenAction } from "@/lib/api-tokens/actions";
import { API_TOKEN_SCOPES, API_TOKEN_SCOPE_LABELS } from "@/lib/api-tokens/schema";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";

function NewTokenNotice({ name, token }: { name: string; token: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
      <p className="font-semibold text-amber-900">Token &ldquo;{name}&rdquo; created. Copy it now: it will not be shown again.</p>
      <div className="flex flex-wrap items-center gap-2">
        <code data-testid="new-api-token" className="break-all rounded bg-white px-2 py-1 font-mono text-xs text-slate-900 ring-1 ring-amber-200">
          {token}
        </code>
        <button
          type="button"
          className={buttonStyles.secondary}
          onClick={async () => {
            await navigator.clipboard.writeText(token);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
      <p className="text-amber-900">Store it in your integration&rsquo;s secret store. Anyone holding it can call the API with its scope.</p>
    </div>
  );
}

export function CreateTokenForm() {
  const [state, formAction, pending] = useActionState(createApiTokenAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <div className="space-y-3">
      {state?.ok && <NewTokenNotice key={state.data.id} name={state.data.name} token={state.data.token} />}
      <form action={formAction} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <div className="w-64">
          <Field name="name" label="Token name" hint="Who uses it, e.g. CRM sync" errors={failed?.fieldErrors?.name} required>
            {(field) => <input {...field} type="text" maxLength={100} defaultValue={failed?.values?.name ?? ""} key={state?.ok ? state.data.id : "new"} />}
          </Field>
        </div>
        <div className="w-48">
          <Field name="scope" label="Scope" errors={failed?.fieldErrors?.scope}>
            {(field) => (
              <select {...field} defaultValue={failed?.values?.scope ?? "read"}>
                {API_TOKEN_SCOPES.map((scope) => (
                  <option key={scope} value={scope}>{API_TOKEN_SCOPE_LABELS[scope]}</option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <button type="submit" disabled={pending} className={buttonStyles.primary}>Create token</button>
        {failed && !failed.fieldErrors && <p role="alert" className="w-full text-sm text-red-600">{failed.error}</p>}
      </form>
    </div>
  );
}
