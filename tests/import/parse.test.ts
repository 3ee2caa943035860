// Unit: reading CSV and XLSX files, and the bad files a user might upload.
import { describe, expect, it } from "vitest";
import { describeRowNumbers, detectDelimiter, SLICE_BYTES } from "@/lib/import/parse-csv";
import { readImportFile } from "@/lib/import/read-file";
import { csv, enc, HEADERS, xlsx } from "./fixtures";

const rows = [HEADERS, ["Acme; Clinic", "912345678", "a@acme.no", "NO", "paying", "crm-1"], ["Bergen Dental", "", "", "", "", "crm-2"]];

describe("delimiter detection", () => {
  it.each([",", ";", "\t", "|"])("reads a file delimited with %j", async (delimiter) => {
    expect(detectDelimiter(csv(rows, delimiter))).toBe(delimiter);
    const table = await readImportFile("customers.csv", enc(csv(rows, delimiter)));
    expect(table.headers).toEqual(HEADERS);
    expect(table.rows[0][0]).toBe("Acme; Clinic");
    expect(table.rows).toHaveLength(2);
  });
});

describe("readImportFile", () => {
  it("strips a UTF-8 BOM and keeps newlines inside quoted fields", async () => {
    const text = "\uFEFFName,Notes\r\n\"Ærlig Tann\",\"line one\nline two\"\r\nOther,x\r\n";
    const table = await readImportFile("c.csv", enc(text));
    expect(table.headers).toEqual(["Name", "Notes"]);
    expect(table.rows).toEqual([["Ærlig Tann", "line one\nline two"], ["Other", "x"]]);
  });

  it("reads the first sheet of an XLSX file, dates as YYYY-MM-DD", async () => {
    const bytes = await xlsx([["Name", "Trial ends", "Org nr"], ["Acme", new Date(Date.UTC(2027, 0, 31)), 912345678]]);
    const table = await readImportFile("c.xlsx", bytes);
    expect(table.headers).toEqual(["Name", "Trial ends", "Org nr"]);
    expect(table.rows).toEqual([["Acme", "2027-01-31", "912345678"]]);
  });

  it.each([
    ["an empty file", "c.csv", new Uint8Array(), /The file is empty/],
    ["a file of blank lines", "c.csv", enc("\r\n\r\n"), /The file is empty/],
    ["a binary file renamed .csv", "c.csv", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /not a CSV or XLSX file/],
    ["invalid UTF-8", "c.csv", new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0xff, 0xfe, 0x41]), /not a CSV or XLSX file/],
    ["a header-only file", "c.csv", enc("Name,Org nr\r\n"), /header row but no data rows/],
    ["mixed delimiters", "c.csv", enc("Name,Org nr,Email\r\nAcme,1,a@b.no\r\nBeta;2;b@b.no\r\n"), /Row 3 has 1 field but the header has 3.*mix delimiters/],
    ["a row with 1,000 columns", "c.csv", enc(`Name,Email\r\nAcme,a@b.no\r\n${Array(1000).fill("x").join(",")}\r\n`), /Row 3 has 1,000 columns; at most 100/],
    ["a text file named .xlsx", "c.xlsx", enc("Name\r\nAcme\r\n"), /not a CSV or XLSX file/],
  ])("refuses %s with a clear message", async (_label, name, bytes, message) => {
    await expect(readImportFile(name, bytes)).rejects.toThrow(message);
  });

  it("names every row whose number of fields differs from the header's", async () => {
    const text = "Name,Org nr,Email\r\nA,1,a@b.no\r\nB,2\r\nC,3\r\nD,4,d@b.no\r\nE,5,e@b.no,extra\r\nF\r\nG,7\r\n";
    await expect(readImportFile("c.csv", enc(text))).rejects.toThrow(
      "Rows 3–4 and 8 have 2 fields; row 6 has 4 fields; row 7 has 1 field but the header has 3",
    );
  });

  it("writes runs of rows as ranges", () => {
    expect(describeRowNumbers([3])).toBe("3");
    expect(describeRowNumbers([3, 4, 5, 9, 12, 13])).toBe("3–5, 9 and 12–13");
  });

  it("refuses a 50 MB file before reading it", async () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    await expect(readImportFile("big.csv", bytes)).rejects.toThrow("The file is 50.0 MB; the limit is 20.0 MB");
  });
});

describe("a large CSV, read in slices", () => {
  // Rows long enough that the file spans many slices, with quoted delimiters, quotes and newlines
  // that a slice's end can cut in two.
  const header = ["Company", "Notes", "CRM id"];
  const bigRows = Array.from({ length: 30_000 }, (_, i) => [
    `Clinic ${i}; "the ${i % 7 === 0 ? "first" : "other"}"`,
    i % 3 === 0 ? `line one ${i}\r\nline two, with a comma` : `note ${"x".repeat(i % 40)}`,
    `crm-${i}`,
  ]);
  const text = csv([header, ...bigRows], ";");

  it("gives the same rows as reading the whole text at once", async () => {
    expect(text.length).toBeGreaterThan(SLICE_BYTES * 5);
    const table = await readImportFile("big.csv", enc(text));
    expect(table.headers).toEqual(header);
    expect(table.rows).toEqual(bigRows);
  });

  it("lets other work run while it reads (the event loop gets turns between slices)", async () => {
    let turns = 0;
    let stop = false;
    const tick = () => {
      turns += 1;
      if (!stop) setImmediate(tick);
    };
    setImmediate(tick);
    await readImportFile("big.csv", enc(text));
    stop = true;
    // One turn at least per slice; reading in one go would give none.
    expect(turns).toBeGreaterThanOrEqual(Math.floor(text.length / SLICE_BYTES));
  });

  it("names the row of a quote that is never closed, far into the file", async () => {
    const broken = `${text}Late Clinic;"never closed;crm-x\r\nMore;rows;here\r\n`;
    await expect(readImportFile("big.csv", enc(broken))).rejects.toThrow(`Row ${bigRows.length + 2} has a quote (") that is never closed.`);
  });
});
