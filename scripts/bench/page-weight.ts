// `npm run bench:weight`: what the customers list sends, signed in as support, against a running
// server (BENCH_URL, default http://127.0.0.1:$BENCH_PORT): the whole body (the HTML with the
// inline React Server Components payload), the part of it in `self.__next_f.push` scripts, and
// its gzip size; for each path given (default: 50 and 200 rows). Not a timing.
//
//   BENCH_PORT=3340 npm run bench:weight
//   BENCH_PORT=3340 npm run bench:weight -- "/customers?status=paying"
import { gzipSync } from "node:zlib";
import { BASE_URL, SIGN_IN } from "./config";
import { request, signIn } from "./http";

const baseUrl = process.env.BENCH_URL ?? BASE_URL;
const paths = process.argv.slice(2).filter((arg) => arg.startsWith("/"));

async function main(): Promise<void> {
  const jar = await signIn(baseUrl, SIGN_IN.email, SIGN_IN.password, 30_000);
  console.log("| path | rows | body bytes | of which RSC payload | gzip bytes |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const path of paths.length > 0 ? paths : ["/customers", "/customers?pageSize=200"]) {
    const answer = await request(`${baseUrl}${path}`, { jar, timeoutMs: 30_000 });
    if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}`);
    const body = Buffer.from(answer.body);
    const rsc = [...answer.body.matchAll(/<script[^>]*>self\.__next_f\.push\(.*?<\/script>/gs)].reduce((sum, match) => sum + Buffer.byteLength(match[0]), 0);
    // The rows' own links to their customer page (each row has one, in its name cell).
    const rows = new Set(answer.body.match(/<a href="\/customers\/\d+"/g) ?? []).size;
    console.log(`| ${path} | ${rows} | ${body.length} | ${rsc} | ${gzipSync(body).length} |`);
  }
}

main().catch((error) => {
  console.error(`bench:weight failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
