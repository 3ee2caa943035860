// Every warning rule, in the order the banner lists them. One rule per file.
import type { WarningRule } from "../types";
import { payingWithoutContract } from "./paying-without-contract";

export const WARNING_RULES: readonly WarningRule[] = [payingWithoutContract];

export function findWarningRule(id: string): WarningRule | undefined {
  return WARNING_RULES.find((rule) => rule.id === id);
}
