// Unit: the Website rule, the same through the console's, the API's and the import's input.
import { describe, expect, it } from "vitest";
import { apiCustomerInputSchema } from "@/lib/api/customer-input";
import { customerInputSchema } from "@/lib/customers/schema";
import { validateRows } from "@/lib/import/validate";

const NOT_HTTPS = "Enter the website as a full address starting with https://, such as https://example.com";
const TOO_LONG = "Website must be at most 2,048 characters";
const longUrl = (length: number) => `https://example.com/${"a".repeat(length - "https://example.com/".length)}`;

const consoleError = (website: string) => customerInputSchema.safeParse({ name: "Acme", website }).error?.issues.map((i) => i.message);
const apiError = (website: string) => apiCustomerInputSchema.safeParse({ name: "Acme", website }).error?.issues.map((i) => i.message);
const importError = (website: string) =>
  validateRows({ headers: ["Company", "Homepage"], rows: [["Acme", website]] }, { Company: "name", Homepage: "website" }).issues.map((i) => [i.column, i.message]);

describe("website", () => {
  it("stores an https address trimmed, and an empty one as none", () => {
    expect(customerInputSchema.parse({ name: "Acme", website: "  https://acme.example.com/about?x=1 " }).website).toBe("https://acme.example.com/about?x=1");
    expect(customerInputSchema.parse({ name: "Acme", website: "" }).website).toBeNull();
    expect(customerInputSchema.parse({ name: "Acme", website: longUrl(2048) }).website).toHaveLength(2048);
  });

  it.each([
    ["not a URL", "acme dot com", [NOT_HTTPS]],
    ["no scheme", "acme.example.com", [NOT_HTTPS]],
    ["http", "http://acme.example.com", [NOT_HTTPS]],
    ["another scheme", "javascript:alert(1)", [NOT_HTTPS]],
    ["over 2,048 characters", longUrl(2049), [TOO_LONG]],
  ])("refuses %s with the same message from form, API and import", (_case, website, messages) => {
    expect(consoleError(website)).toEqual(messages);
    expect(apiError(website)).toEqual(messages);
    expect(importError(website)).toEqual(messages.map((message) => ["Homepage", message]));
  });
});
