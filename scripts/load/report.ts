// The load test's table: per request type its count, rate, p50/p95/p99 and errors.
import { percentile } from "../bench/stats";
import type { RequestType, Sample } from "./mix";

const TYPES: RequestType[] = ["list", "search", "customer", "edit", "bulk", "export"];

export type MixSummary = { label: string; seconds: number; total: number; errors: number; rps: number; lines: string[]; errorSamples: string[] };

export function summarizeMix(label: string, samples: Sample[], seconds: number): MixSummary {
  const f = (value: number) => value.toFixed(1);
  const lines = ["| request | count | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"];
  for (const type of TYPES) {
    const of = samples.filter((sample) => sample.type === type);
    if (of.length === 0) continue;
    const ms = of.map((sample) => sample.ms);
    lines.push(
      `| ${type} | ${of.length} | ${f(of.length / seconds)} | ${f(percentile(ms, 50))} | ${f(percentile(ms, 95))} | ${f(percentile(ms, 99))} | ${f(Math.max(...ms))} | ${of.filter((sample) => !sample.ok).length} |`,
    );
  }
  const all = samples.map((sample) => sample.ms);
  const errors = samples.filter((sample) => !sample.ok);
  lines.push(`| **all** | ${samples.length} | ${f(samples.length / seconds)} | ${f(percentile(all, 50))} | ${f(percentile(all, 95))} | ${f(percentile(all, 99))} | ${f(Math.max(...all))} | ${errors.length} |`);
  return {
    label,
    seconds,
    total: samples.length,
    errors: errors.length,
    rps: samples.length / seconds,
    lines,
    errorSamples: [...new Set(errors.map((sample) => sample.error ?? "?"))].slice(0, 5),
  };
}
