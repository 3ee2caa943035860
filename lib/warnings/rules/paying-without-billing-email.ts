// Rule `paying_without_billing_email`: a paying customer has no billing email, so invoices have
// nowhere to go. Other statuses are not invoiced and need none.
import type { WarningRule } from "../types";

export const payingWithoutBillingEmail: WarningRule = {
  id: "paying_without_billing_email",
  message: "paying without billing email",
  severity: "warning",
  applies: (subject) => subject.status === "paying" && (subject.billingEmail ?? "").trim() === "",
};
