// A plain GET form: the search lives in the URL (?registry=...), works without JavaScript and can be linked.
import { Field } from "@/components/ui/field";
import { buttonStyles } from "@/components/ui/button-styles";
import { MAX_REGISTRY_QUERY_LENGTH } from "@/lib/registry/find-companies";

export function RegistrySearchForm({ query }: { query: string }) {
  return (
    <form method="get" action="/customers/new" role="search" aria-label="Company registry" className="space-y-1">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <Field name="registry" label="Company name or organisation number">
            {(field) => <input {...field} type="search" defaultValue={query} maxLength={MAX_REGISTRY_QUERY_LENGTH} autoComplete="off" />}
          </Field>
        </div>
        <button type="submit" className={buttonStyles.secondary}>Search registry</button>
      </div>
      <p className="text-xs text-slate-500">For example “Fjordtann” or “923 609 016”. Searches Brønnøysundregistrene (Norway).</p>
    </form>
  );
}
