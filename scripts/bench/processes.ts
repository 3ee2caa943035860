// Child processes of the benchmark: one-shot commands with a time limit, and the app server,
// started in its own process group so that stopping it also stops the next-server it spawns.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

export type Env = Record<string, string>;

/** The command as a shell line, for the report. */
export function commandLine(env: Env, args: string[]): string {
  const vars = Object.entries(env).map(([key, value]) => `${key}=${value}`);
  return [...vars, ...args].join(" ");
}

/** Runs a command to completion with its output passed through; fails on a non-zero exit or
 * when it outlives `timeoutMs` (then its whole process group is killed). */
export async function run(args: string[], env: Env, timeoutMs: number): Promise<void> {
  console.log(`$ ${commandLine(env, args)}`);
  const child = spawn(args[0], args.slice(1), {
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const timer = setTimeout(() => signalGroup(child.pid, "SIGKILL"), timeoutMs);
  try {
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.once("error", reject);
      child.once("exit", (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
    });
    if (code !== 0) {
      throw new Error(`${args.join(" ")} ${signal ? `was killed (${signal}${signal === "SIGKILL" ? `, time limit ${timeoutMs / 1000} s` : ""})` : `exited with ${code}`}`);
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Signals the process group this script created for a child (its id is the child's pid).
 * False when no process of the group is left. */
function signalGroup(pid: number | undefined, signal: NodeJS.Signals | 0): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is gone
  }
}

async function groupGone(pid: number | undefined, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!signalGroup(pid, 0)) return true;
    await sleep(100);
  }
  return !signalGroup(pid, 0);
}

/** True when something accepts connections on host:port. */
export function portInUse(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(1_000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

export class Server {
  private child: ChildProcess | null = null;

  constructor(
    private readonly args: string[],
    private readonly env: Env,
  ) {}

  get command(): string {
    return commandLine(this.env, this.args);
  }

  start(): void {
    console.log(`$ ${this.command} &`);
    const child = spawn(this.args[0], this.args.slice(1), {
      env: { ...process.env, ...this.env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    child.stdout?.on("data", (chunk: Buffer) => process.stdout.write(prefixLines(chunk)));
    child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(prefixLines(chunk)));
    this.child = child;
  }

  /** The process group id (npx's pid): the server's memory is the sum over this group. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Polls `url` until it answers (any HTTP status), at most `timeoutMs`. */
  async waitUntilReady(probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error("The server exited before it answered");
      if (await probe()) return;
      await sleep(250);
    }
    throw new Error(`The server did not answer within ${timeoutMs / 1000} s`);
  }

  /** SIGTERM to the server's whole process group (npx and the next-server under it), SIGKILL
   * after 10 s. Safe to call more than once. */
  async stop(): Promise<void> {
    const pid = this.child?.pid;
    if (pid === undefined || !signalGroup(pid, 0)) return;
    signalGroup(pid, "SIGTERM");
    if (!(await groupGone(pid, 10_000))) {
      signalGroup(pid, "SIGKILL");
      await groupGone(pid, 5_000);
    }
    this.child = null;
    console.log("Server stopped.");
  }

  /** Last resort when this process exits (must be synchronous): kill the group outright. */
  killNow(): void {
    signalGroup(this.child?.pid, "SIGKILL");
  }
}

function prefixLines(chunk: Buffer): string {
  return chunk
    .toString()
    .split("\n")
    .map((line, index, lines) => (index === lines.length - 1 && line === "" ? "" : `  [server] ${line}`))
    .join("\n");
}
