// The part of autocannon's API that scripts/load.ts uses (the package ships no types).
declare module "autocannon" {
  namespace autocannon {
    type Histogram = { average: number; p50: number; p99: number; max: number; total: number };
    type Result = { requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number };
    type Options = { url: string; connections: number; duration: number; timeout: number; headers: Record<string, string> };
    type Instance = { stop(): void; on(event: "done", listener: () => void): void };
  }
  function autocannon(options: autocannon.Options, callback: (error: Error | null, result: autocannon.Result) => void): autocannon.Instance;
  export = autocannon;
}
