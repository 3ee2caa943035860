// Rule `trial_past_end`: a customer still in trial after the day its trial ends (trialEndsAt's UTC
// day is before today's). The last day of a trial is still trial time; a trial without an end
// date never runs past it.
import type { WarningRule } from "../types";
import { utcDay } from "../utc-day";

export const trialPastEnd: WarningRule = {
  id: "trial_past_end",
  message: "trial past its end date",
  severity: "warning",
  applies: (subject, now) =>
    subject.status === "trial" && subject.trialEndsAt !== null && utcDay(subject.trialEndsAt) < utcDay(now),
};
