// A list's total as people read it. A filtered view's count stops after its bound (decision 040):
// `total` is then the bound + 1 and means "more than the bound".
const number = new Intl.NumberFormat("en-US");

export function formatTotal(total: number, isLowerBound = false): string {
  return isLowerBound ? `${number.format(total - 1)}+` : number.format(total);
}
