// A closed set of ids declared once, each with its label. The ids are the label record's keys, in
// the order written: a non-empty tuple (z.enum takes it), the labels, and a guard for input.
export function labelledIds<const L extends Record<string, string>>(labels: L) {
  type Id = Extract<keyof L, string>;
  const ids = Object.keys(labels) as unknown as readonly [Id, ...Id[]];
  const is = (value: string): value is Id => Object.hasOwn(labels, value);
  return { ids, labels: labels as Readonly<Record<Id, string>>, is };
}
