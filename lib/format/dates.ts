// Dates are shown in UTC, as the products this console replaces do ("2017-09-13 17:50:18 UTC").
export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function formatDateTimeUtc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
