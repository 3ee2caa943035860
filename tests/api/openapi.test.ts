// The OpenAPI document: valid JSON, public, listing every path the API serves.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";

describe("GET /api/v1/openapi.json", () => {
  it("serves an OpenAPI 3.1 document with every path and the generated schemas", async () => {
    const response = GET();
    expect(response.status).toBe(200);
    const document = JSON.parse(await response.text());
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual([
      "/customers", "/customers/bulk", "/customers/{id}", "/customers/{id}/archive",
      "/customers/{id}/orders", "/customers/{id}/settings", "/customers/{id}/subscriptions", "/customers/{id}/users",
    ]);
    expect(Object.keys(document.paths["/customers"])).toEqual(["get", "post"]);
    expect(Object.keys(document.paths["/customers/{id}"])).toEqual(["get", "patch"]);

    const input = document.components.schemas.CustomerInput;
    expect(input.required).toEqual(["name"]);
    expect(input.properties.status.enum).toEqual(["trial", "paying", "suspended", "churned"]);
    expect(document.components.schemas.Customer.properties).not.toHaveProperty("searchText");
    expect(document.components.schemas.BulkCreateRequest.properties.customers.maxItems).toBe(1000);

    const parameters = document.paths["/customers"].get.parameters.map((p: { name: string }) => p.name);
    expect(parameters).toEqual(expect.arrayContaining(["q", "status", "origin", "archived", "limit", "cursor", "sort"]));
    expect(parameters).not.toContain("page");
  });
});
