// The registry stub for the registry-check benchmark: the test stub with every unknown valid
// number answered as a normal company by the batch search, in a process of its own so the
// benchmark's timings and memory are the check's alone.
import { startRegistryStub } from "../../tests/helpers/registry-stub";

const port = Number(process.argv[2] ?? process.env.BENCH_PORT ?? 3200);
startRegistryStub(port, "127.0.0.1", { synthesizeUnknown: true }).then((stub) => console.log(`ready ${stub.baseUrl}`));
