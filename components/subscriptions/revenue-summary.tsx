// The customer's MRR and ARR (ARR = 12 x MRR) in its currency: on the customer page header and
// on the Subscriptions tab, from the same figures.
import { formatMoneyMinor } from "@/lib/contracts/format";

type Props = { mrrMinor: bigint; arrMinor: bigint; currency: string; testId: string };

export function RevenueSummary({ mrrMinor, arrMinor, currency, testId }: Props) {
  return (
    <dl data-testid={testId} className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
      <div className="flex gap-2">
        <dt className="text-slate-500">MRR</dt>
        <dd data-testid={`${testId}-mrr`} className="font-semibold tabular-nums text-slate-900">{formatMoneyMinor(mrrMinor, currency)}</dd>
      </div>
      <div className="flex gap-2">
        <dt className="text-slate-500">ARR</dt>
        <dd data-testid={`${testId}-arr`} className="font-semibold tabular-nums text-slate-900">{formatMoneyMinor(arrMinor, currency)}</dd>
      </div>
    </dl>
  );
}
