// Rule `contract_auto_invoicing_off`: an active contract does not send its invoices
// automatically, so someone must remember to invoice by hand. Ended or future contracts invoice
// nothing and do not count.
import { isContractActive } from "../contract-activity";
import type { WarningRule } from "../types";

export const contractAutoInvoicingOff: WarningRule = {
  id: "contract_auto_invoicing_off",
  message: "contract with automatic invoicing off",
  severity: "warning",
  applies: (subject, now) =>
    subject.contracts.some((contract) => !contract.sendInvoicesAutomatically && isContractActive(contract, now)),
};
