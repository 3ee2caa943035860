// The registry the app uses. One provider today (Norway); the base URL comes from the environment
// so tests and e2e point it at a local stub and never reach the network.
import { createBrregProvider } from "./brreg";
import type { RegistryProvider } from "./types";

export function getRegistryProvider(): RegistryProvider {
  return createBrregProvider({ baseUrl: process.env.REGISTRY_BASE_URL });
}

export type { RegistryCompany, RegistryLookup, RegistryProvider, RegistrySearch } from "./types";
