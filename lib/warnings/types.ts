// What a warning rule sees of a customer. Later rules extend the subject (scanners, trial end).
export type WarningContract = {
  startDate: Date;
  endDate: Date | null;
  autoRenew: boolean;
  endedAt: Date | null;
  sendInvoicesAutomatically: boolean;
};

export type WarningSubject = {
  status: string;
  billingEmail: string | null;
  contracts: WarningContract[];
};

export type WarningSeverity = "critical" | "warning";

export type WarningRule = {
  id: string;
  /** Shown in the banner after "Configuration Warning(s):". */
  message: string;
  severity: WarningSeverity;
  applies(subject: WarningSubject, now: Date): boolean;
};
