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

export type WarningSubject = {
  status: string;
  billingEmail: string | null;
  /** When a trial ends (a UTC midnight from the customer form); null when nobody set one. */
  trialEndsAt: Date | null;
  /** An archived customer carries no warnings (see evaluate.ts); absent means not archived. */
  archivedAt?: Date | null;
  contracts: WarningContract[];
  scanners: WarningScanner[];
};

export type WarningSeverity = "critical" | "warning";

export type WarningRule = {
  id: string;
  /** Shown in the banner after "Configuration Warning(s):", in the list filter and on /warnings. */
  message: string;
  severity: WarningSeverity;
  applies(subject: WarningSubject, now: Date): boolean;
};
