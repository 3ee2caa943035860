// What one registry check learns about an organisation number, whichever registry answered.

export type RegistryOutcome = "found" | "removed" | "not_found";

export type RegistryStatus = {
  organisationNumber: string;
  outcome: RegistryOutcome;
  bankrupt: boolean;
  underLiquidation: boolean;
  forcedLiquidation: boolean;
  removed: boolean;
  /** "YYYY-MM-DD" as the registry gives them; null when it gives none. */
  bankruptSince: string | null;
  liquidationSince: string | null;
  forcedSince: string | null;
  removedOn: string | null;
  name: string | null;
  addressLines: string[];
  postalCode: string | null;
  city: string | null;
  country: string | null;
  /** The latest date the registry gives for the unit (decision 016). */
  changedOn: string | null;
};

/** One number's answer: the status, or why there is none this time. */
export type StatusAnswer = { ok: true; status: RegistryStatus } | { ok: false; error: string };

export interface RegistryStatusSource {
  /** Answers for each of these (valid, distinct) numbers; never throws for a registry failure. */
  lookUp(numbers: readonly string[]): Promise<Map<string, StatusAnswer>>;
  /** HTTP requests sent so far, retries included. */
  readonly requests: number;
}
