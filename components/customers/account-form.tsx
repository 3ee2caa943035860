"use client";
// New and edit share this form (components/ui/action-form.tsx): a new account without `account`,
// an edit with it. Field errors come back from the server action with the values typed.
import { createAccountAction, updateAccountAction } from "@/lib/accounts/actions";
import { DATA_RETENTIONS, DATA_RETENTION_LABELS } from "@/lib/accounts/schema";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";

type Props = { customerId: number; account?: { id: number; name: string; dataRetention: string; version: number } };

export function AccountForm({ customerId, account }: Props) {
  return (
    <ActionForm
      action={account ? updateAccountAction : createAccountAction}
      hidden={{ customerId, accountId: account?.id, version: account?.version }}
      initialValues={{ name: account?.name ?? "", dataRetention: account?.dataRetention ?? "1y" }}
      submitLabel={account ? "Save changes" : "Create Account"}
      cancelHref={`/customers/${customerId}/accounts`}
    >
      {({ values, errors }) => (
        <>
          <Field name="name" label="Name" errors={errors.name} required hint="Usually the customer's clinic or office.">
            {(field) => <input {...field} required autoFocus maxLength={200} defaultValue={values.name} />}
          </Field>
          <Field name="dataRetention" label="Data Retention" errors={errors.dataRetention} required>
            {(field) => (
              <select {...field} defaultValue={values.dataRetention}>
                {DATA_RETENTIONS.map((value) => <option key={value} value={value}>{DATA_RETENTION_LABELS[value]}</option>)}
              </select>
            )}
          </Field>
        </>
      )}
    </ActionForm>
  );
}
