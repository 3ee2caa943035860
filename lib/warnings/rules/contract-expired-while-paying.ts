// Rule `contract_expired_while_paying`: a paying customer with no active contract, at least one of
// whose contracts ran out at its end date (not renewing, not ended by staff). It is always
// accompanied by `paying_without_contract` (it names the cause: renew the contract, rather than
// sign a first one), so filtering by it finds the subset of "paying without contract" whose fix is
// a renewal. A customer with an active contract beside an expired one has no warning.
import { hasContractLapsed, isContractActive } from "../contract-activity";
import type { WarningRule } from "../types";

export const contractExpiredWhilePaying: WarningRule = {
  id: "contract_expired_while_paying",
  message: "contract expired while paying",
  severity: "critical",
  applies: (subject, now) =>
    subject.status === "paying" &&
    subject.contracts.some((contract) => hasContractLapsed(contract, now)) &&
    !subject.contracts.some((contract) => isContractActive(contract, now)),
};
