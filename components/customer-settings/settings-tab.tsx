// Seed 002's Settings tab: one form for those who may change it, the values for everyone else.
import { saveCustomerSettingsAction } from "@/lib/customer-settings/actions";
import type { CustomerSettingsView } from "@/lib/customer-settings/queries";
import { DATA_RETENTIONS, DATA_RETENTION_LABELS, INVOICE_LANGUAGES, INVOICE_LANGUAGE_LABELS } from "@/lib/customer-settings/schema";
import { CURRENCIES } from "@/lib/contracts/schema";
import { RecordForm, type RecordField } from "@/components/ui/record-form";

const SETTINGS_FIELDS: readonly RecordField[] = [
  { name: "invoiceLanguage", label: "Invoice language", type: "select", options: INVOICE_LANGUAGES.map((v) => ({ value: v, label: INVOICE_LANGUAGE_LABELS[v] })) },
  { name: "currency", label: "Currency", type: "select", options: CURRENCIES.map((c) => ({ value: c, label: c })), hint: "MRR and ARR are summed in this currency" },
  { name: "paymentTermsDays", label: "Payment terms (days)", type: "number", required: true, hint: "0 to 365; an open order is overdue after them" },
  { name: "defaultDataRetention", label: "Default data retention", type: "select", options: DATA_RETENTIONS.map((v) => ({ value: v, label: DATA_RETENTION_LABELS[v] })) },
];

type Props = { customerId: number; settings: CustomerSettingsView; version: number; canWrite: boolean };

export function SettingsTab({ customerId, settings, version, canWrite }: Props) {
  const values: Record<string, string> = { ...settings, paymentTermsDays: String(settings.paymentTermsDays) };
  return (
    <section aria-labelledby="settings-heading" className="space-y-3">
      <h2 id="settings-heading" className="text-lg font-semibold">Settings</h2>
      {canWrite ? (
        <RecordForm
          action={saveCustomerSettingsAction}
          // The version and values it opened with: only changed fields are saved, a stale one is refused.
          hidden={{ customerId, version, loaded: JSON.stringify(values) }}
          fields={SETTINGS_FIELDS}
          initialValues={values}
          submitLabel="Save settings"
          savedMessage="Settings saved."
          resetOnSave={false}
        />
      ) : (
        <dl className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm sm:grid-cols-4">
          {SETTINGS_FIELDS.map((field) => (
            <div key={field.name}>
              <dt className="text-slate-500">{field.label}</dt>
              <dd className="font-medium text-slate-900">{field.options?.find((o) => o.value === values[field.name])?.label ?? values[field.name]}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
