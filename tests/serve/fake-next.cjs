// Stands in for `next start` in serve.test.ts: answers every request with this worker's pid on
// the port given as `-p`, so the test can see which process answered.
const http = require("node:http");
const args = process.argv.slice(2);
const port = Number(args[args.indexOf("-p") + 1]);
http.createServer((request, response) => response.end(String(process.pid))).listen(port, "127.0.0.1");
