// The CSV format: formula cells neutralized, BOM, RFC 4180 quoting, UTF-8.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvCellText, csvHeader, csvLines, neutralizeFormula, UTF8_BOM } from "@/lib/export/csv";
import { utcDay } from "@/lib/export/rows";
import { exportRow } from "../helpers/export-row";
import { exportColumns } from "@/lib/export/columns";

const context = { origin: "https://console.example.com" };

const row = exportRow;

describe("neutralizeFormula", () => {
  it.each(["=", "+", "-", "@", "\t", "\r"])("prefixes a cell starting with %j with an apostrophe", (start) => {
    expect(neutralizeFormula(`${start}SUM(A1:A2)`)).toBe(`'${start}SUM(A1:A2)`);
  });

  it("leaves those characters alone anywhere but at the start", () => {
    for (const text of ["a=b", "Smith-Jones", "x+y", "ops@example.com", "a\tb", " =1"]) {
      expect(neutralizeFormula(text)).toBe(text);
    }
  });

  it("applies to text cells only: ids stay numbers and dates read YYYY-MM-DD", () => {
    expect(csvCellText("-5")).toBe("'-5");
    expect(csvCellText(159)).toBe("159");
    expect(csvCellText(new Date("2026-11-24T23:59:00Z"))).toBe("2026-11-24");
    expect(csvCellText(null)).toBe("");
  });
});

describe("utcDay", () => {
  it("reads the day of SQLite's stored text without a Date, and of a Date in UTC", () => {
    expect(utcDay("2017-09-13T23:12:40.000+00:00")).toBe("2017-09-13");
    expect(utcDay("2017-09-13T23:12:40.000Z")).toBe("2017-09-13");
    expect(utcDay(new Date("2017-09-13T23:12:40.000Z"))).toBe("2017-09-13");
  });

  it("converts text in another offset to the UTC day", () => {
    expect(utcDay("2017-09-13T23:12:40.000-02:00")).toBe("2017-09-14");
  });

  it("writes the Created column from stored text and from a Date alike", () => {
    const fromText = csvLines([row({ createdAt: "2017-09-11T15:00:00.000+00:00" })], context);
    expect(fromText).toBe(csvLines([row()], context));
  });
});

describe("CSV lines", () => {
  it("starts with the header, and with a BOM only when asked for", () => {
    expect(csvHeader({ bom: false })).toBe(
      "Id,Name,Status,Origin,Location,Country,Created,Account manager,Subscriptions,Users,MRR,Currency,ARR,Risk score,Risk level,Last updated,Website,Warnings,URL\r\n",
    );
    expect(csvHeader({ bom: true }).startsWith(UTF8_BOM)).toBe(true);
    expect(Buffer.from(csvHeader({ bom: true }), "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csvHeader({ bom: false }).charCodeAt(0)).toBe("I".charCodeAt(0));
  });

  it("writes the list's columns, warnings and the customer URL", () => {
    const line = csvLines([row({ warnings: [{ rule: "paying_without_contract" }] })], context);
    expect(line).toBe(
      "159,Hayden Parker,paying,Manage,\"Why, Arizona\",US,2017-09-11,Bree Test,2,3,1234.56,NOK,14814.72,6.5,HIGH,2024-05-06,,paying without contract,https://console.example.com/customers/159\r\n",
    );
  });

  it("follows the list's visible columns, in their order, money exact in major units with its currency", () => {
    const columns = exportColumns(["arr", "name", "risk"]);
    expect(csvHeader({ bom: false, columns })).toBe("ARR,Currency,Name,Risk score,Risk level,Website,Warnings,URL\r\n");
    expect(csvLines([row({ arrMinor: 100000000000005n })], context, columns)).toBe(
      "1000000000000.05,NOK,Hayden Parker,6.5,HIGH,,,https://console.example.com/customers/159\r\n",
    );
  });

  it("quotes commas, quotes and line breaks (RFC 4180) and reads back as the same values", () => {
    const name = 'Oslo "Imaging", Bergen\r\nline two\nthree';
    const text = csvHeader({ bom: false }) + csvLines([row({ name })], context);
    expect(text).toContain('"Oslo ""Imaging"", Bergen\r\nline two\nthree"');
    const parsed = Papa.parse<string[]>(text, { newline: "\r\n" });
    expect(parsed.data[1][1]).toBe(name);
    expect(parsed.data[1]).toHaveLength(19);
  });

  it("keeps Norwegian letters as UTF-8", () => {
    const line = csvLines([row({ name: "Ærlig Øye Åsane", city: "Tromsø", region: null })], context);
    const bytes = Buffer.from(line, "utf8");
    expect(bytes.includes(Buffer.from("Ø", "utf8"))).toBe(true);
    expect(bytes.toString("utf8")).toContain("Ærlig Øye Åsane,paying,Manage,Tromsø,");
  });

  it("neutralizes formulas in every text column", () => {
    const line = csvLines([row({ name: "=HYPERLINK(\"http://x\")", city: "+47", region: null, accountManager: { name: "@bob" } })], context);
    const cells = Papa.parse<string[]>(line).data[0];
    expect(cells[1]).toBe("'=HYPERLINK(\"http://x\")");
    expect(cells[4]).toBe("'+47");
    expect(cells[7]).toBe("'@bob");
  });
});
