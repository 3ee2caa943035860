// The currency of a customer that has never saved settings (the column's default).
export const DEFAULT_CURRENCY = "USD";
