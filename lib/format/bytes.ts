// Storage sizes as seed 000 prints them: binary steps (1024) with the labels B, KB, MB, GB, TB;
// two decimals from GB up ("6.92 GB"), below that at most one, without a trailing ".0" ("24 MB",
// "32.8 MB"). Binary units are what make the seed's own figures agree: 6.92 GiB / 295 studies
// is 24.0 MiB, the "24 MB" it shows as the average.
const UNITS = ["B", "KB", "MB", "GB", "TB"] as const;
const STEP = 1024;

function decimalsFor(unitIndex: number): number {
  if (unitIndex === 0) return 0;
  return unitIndex >= 3 ? 2 : 1;
}

function render(value: number, unitIndex: number): string {
  const text = value.toFixed(decimalsFor(unitIndex));
  return unitIndex >= 3 ? text : text.replace(/\.0$/, "");
}

/** A byte count (number or BigInt, as Prisma returns BigInt columns) as "6.92 GB". */
export function formatBytes(bytes: number | bigint): string {
  let value = Number(bytes);
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`Not a byte count: ${String(bytes)}`);
  let unitIndex = 0;
  while (value >= STEP && unitIndex < UNITS.length - 1) {
    value /= STEP;
    unitIndex += 1;
  }
  // 1023.96 MB rounds to "1024 MB": show it as the next unit instead.
  if (unitIndex < UNITS.length - 1 && Number(value.toFixed(decimalsFor(unitIndex))) >= STEP) {
    value /= STEP;
    unitIndex += 1;
  }
  return `${render(value, unitIndex)} ${UNITS[unitIndex]}`;
}

/** Average size of a study: storage / studies, or "-" when there are no studies to divide by. */
export function formatAverageSize(storageBytes: number | bigint, studies: number): string {
  if (studies <= 0) return "-";
  return formatBytes(Number(storageBytes) / studies);
}
