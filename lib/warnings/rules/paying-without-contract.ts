// Rule `paying_without_contract`: a paying customer with no active contract (DESIGN.md), whatever
// the reason: never signed one, or every contract has ended. When the reason is a contract that
// lapsed at its end date, `contract_expired_while_paying` is shown beside it to say so.
import { isContractActive } from "../contract-activity";
import type { WarningRule } from "../types";

export const payingWithoutContract: WarningRule = {
  id: "paying_without_contract",
  message: "paying without contract",
  severity: "critical",
  applies: (subject, now) =>
    subject.status === "paying" && !subject.contracts.some((contract) => isContractActive(contract, now)),
};
