// The id of the list's results region: the filter form moves focus there after filtering.
export const RESULTS_ID = "customer-results";
