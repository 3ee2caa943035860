// Started by playwright.config.ts beside the app: the e2e server's REGISTRY_BASE_URL points here,
// so registry journeys run on recorded fixtures and never reach data.brreg.no.
import { startRegistryStub } from "../tests/helpers/registry-stub";

const port = Number(process.env.REGISTRY_STUB_PORT ?? 3199);
startRegistryStub(port).then((stub) => console.log(`Registry stub listening on ${stub.baseUrl}`));
