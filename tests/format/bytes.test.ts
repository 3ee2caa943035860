// Unit: storage sizes read exactly as seed 000's statistics table.
import { describe, expect, it } from "vitest";
import { formatAverageSize, formatBytes } from "@/lib/format/bytes";

const KiB = 1024;
const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
const TiB = 1024 ** 4;

describe("formatBytes", () => {
  it("prints seed 000's storage figures", () => {
    expect(formatBytes(BigInt(Math.round(6.92 * GiB)))).toBe("6.92 GB");
    expect(formatBytes(BigInt(Math.round(8.99 * GiB)))).toBe("8.99 GB");
    expect(formatBytes(BigInt(Math.round(7.83 * GiB)))).toBe("7.83 GB");
  });

  it("uses 1024 steps and the labels B, KB, MB, GB, TB", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(1023)).toBe("1023 B");
    expect(formatBytes(KiB)).toBe("1 KB");
    expect(formatBytes(1.5 * KiB)).toBe("1.5 KB");
    expect(formatBytes(MiB)).toBe("1 MB");
    expect(formatBytes(1000 * 1000)).toBe("976.6 KB");
    expect(formatBytes(GiB)).toBe("1.00 GB");
    expect(formatBytes(2.5 * TiB)).toBe("2.50 TB");
  });

  it("keeps two decimals from GB up and drops a trailing .0 below", () => {
    expect(formatBytes(6.9 * GiB)).toBe("6.90 GB");
    expect(formatBytes(24 * MiB)).toBe("24 MB");
    expect(formatBytes(32.76 * MiB)).toBe("32.8 MB");
  });

  it("moves up a unit when rounding would print 1024", () => {
    expect(formatBytes(1023.97 * MiB)).toBe("1.00 GB");
    expect(formatBytes(1023.99 * KiB)).toBe("1 MB");
  });

  it("stays in TB for very large amounts", () => {
    expect(formatBytes(2048 * TiB)).toBe("2048.00 TB");
  });

  it("refuses a negative or non-numeric amount", () => {
    expect(() => formatBytes(-1)).toThrow(RangeError);
    expect(() => formatBytes(Number.NaN)).toThrow(RangeError);
  });
});

describe("formatAverageSize", () => {
  it("prints seed 000's average sizes (storage / studies)", () => {
    expect(formatAverageSize(BigInt(Math.round(6.92 * GiB)), 295)).toBe("24 MB");
    expect(formatAverageSize(BigInt(Math.round(8.99 * GiB)), 281)).toBe("32.8 MB");
    expect(formatAverageSize(BigInt(Math.round(7.83 * GiB)), 308)).toBe("26 MB");
  });

  it("shows - for a month without studies", () => {
    expect(formatAverageSize(0n, 0)).toBe("-");
    expect(formatAverageSize(5n * BigInt(MiB), 0)).toBe("-");
  });
});
