// What a warning rule sees of a customer: the customer's own fields, its contracts and scanners.
export type WarningContract = {
  /** per_scanner | per_transaction | per_study: two active ones of a type bill the same usage. */
  type: string;
  startDate: Date;
  endDate: Date | null;
  autoRenew: boolean;
  endedAt: Date | null;
  sendInvoicesAutomatically: boolean;
};

export type WarningScanner = {
  lastSeenAt: Date;
  archivedAt: Date | null;
};

/** What the company registry said at the customer's last answered check (CustomerRegistryCheck);
 * absent or null when it was never checked. A failed check keeps the earlier answer. */
export type WarningRegistry = {
  bankrupt: boolean;
  underLiquidation: boolean;
  forcedLiquidation: boolean;
  /** Deleted from the registry: slettedato, or HTTP 410. */
  removed: boolean;
};

export type WarningSubject = {
  status: string;
  billingEmail: string | null;
  /** When a trial ends (a UTC midnight from the customer form); null when nobody set one. */
  trialEndsAt: Date | null;
  /** An archived customer carries no warnings (see evaluate.ts); absent means not archived. */
  archivedAt?: Date | null;
  contracts: WarningContract[];
  scanners: WarningScanner[];
  registry?: WarningRegistry | null;
};

export type WarningSeverity = "critical" | "warning";

export type WarningRule = {
  id: string;
  /** Shown in the banner after "Configuration Warning(s):", in the list filter and on /warnings. */
  message: string;
  severity: WarningSeverity;
  applies(subject: WarningSubject, now: Date): boolean;
};
