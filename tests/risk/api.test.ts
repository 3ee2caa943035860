// Integration: the REST API shows a customer's stored risk, read-only, as its OpenAPI document says.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as openApi } from "@/app/api/v1/openapi.json/route";
import { GET as listCustomers, POST as createCustomer } from "@/app/api/v1/customers/route";
import { GET as getCustomer, PATCH as updateCustomer } from "@/app/api/v1/customers/[id]/route";
import { getDb } from "@/lib/db/client";
import { apiRequest, createToken, idParams, ifMatchCurrent, noParams } from "../api/helpers";

let token: string;
beforeAll(async () => {
  token = (await createToken("read_write", "risk reader")).token;
});

describe("risk in the REST API", () => {
  it("returns the score in points, the level and the findings with their weights", async () => {
    const created = await (await createCustomer(apiRequest("/customers", { token, body: { name: "Risky Paying", status: "paying" } }), noParams)).json();
    const expected = {
      score: 5,
      level: "medium",
      findings: [
        { code: "open_warnings", weight: 3, text: "+3.0 2 open warnings: paying without contract, paying without billing email" },
        { code: "paying_without_subscription", weight: 2, text: "+2.0 paying but no active subscription" },
      ],
    };
    expect(created.risk).toEqual(expected);
    expect((await (await getCustomer(apiRequest(`/customers/${created.id}`, { token }), idParams(created.id))).json()).risk).toEqual(expected);
    const list = await (await listCustomers(apiRequest("/customers?q=risky", { token }), noParams)).json();
    expect(list.data.find((row: { id: number }) => row.id === created.id).risk).toEqual(expected);
  });

  it("does not let a client set the risk", async () => {
    const created = await (await createCustomer(apiRequest("/customers", { token, body: { name: "Calm Trial" } }), noParams)).json();
    const response = await updateCustomer(
      apiRequest(`/customers/${created.id}`, { token, method: "PATCH", body: { risk: { score: 9.5, level: "critical", findings: [] } }, headers: await ifMatchCurrent(created.id) }),
      idParams(created.id),
    );
    // Read-only properties in a body are ignored, as `warnings` and `id` are: the stored score stays the computed one.
    expect((await response.json()).risk).toEqual({ score: 0, level: "low", findings: [] });
    expect(await getDb().customer.findUniqueOrThrow({ where: { id: created.id }, select: { riskScore: true, riskLevel: true } })).toEqual({ riskScore: 0, riskLevel: "low" });
  });

  it("documents risk on the Customer schema only, not on the input", async () => {
    const document = JSON.parse(await (await openApi()).text());
    const risk = document.components.schemas.Customer.properties.risk;
    expect(Object.keys(risk.properties).sort()).toEqual(["findings", "level", "score"]);
    expect(risk.properties.level.enum).toEqual(["low", "medium", "high", "critical"]);
    expect(document.components.schemas.CustomerInput.properties).not.toHaveProperty("risk");
  });
});
