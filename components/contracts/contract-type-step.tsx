import Link from "next/link";
import { CONTRACT_TYPE_DESCRIPTIONS, CONTRACT_TYPE_LABELS, CONTRACT_TYPES, type ContractType } from "@/lib/contracts/schema";
import { buttonStyles } from "@/components/ui/button-styles";

/** Step 1 of the wizard: a plain GET form, so "Next" is a link-able URL (?type=per_study) and
 * works without JavaScript. */
export function ContractTypeStep({ customerId, selected, error }: { customerId: number; selected?: ContractType; error?: string }) {
  return (
    <form method="get" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <fieldset className="space-y-3">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Select Contract Type:</legend>
        {error && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{error}</p>}
        {CONTRACT_TYPES.map((type) => (
          <label key={type} className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 p-3 hover:bg-slate-50 has-[:checked]:border-indigo-500 has-[:checked]:bg-indigo-50">
            <input type="radio" name="type" value={type} defaultChecked={type === (selected ?? "per_study")} required className="mt-1" />
            <span>
              <span className="block text-sm font-medium">{CONTRACT_TYPE_LABELS[type]}</span>
              <span className="block text-sm text-slate-600">{CONTRACT_TYPE_DESCRIPTIONS[type]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="flex justify-end gap-2">
        <Link href={`/customers/${customerId}/contracts`} className={buttonStyles.secondary}>Cancel</Link>
        <button type="submit" className={buttonStyles.primary}>Next</button>
      </div>
    </form>
  );
}
