// Unit: the folding behind search and name sorting (lib/customers/search-text.ts): case and
// accents folded the same way for the stored columns and the query.
import { describe, expect, it } from "vitest";
import { buildNameSort, buildSearchText, normalizeForSearch } from "@/lib/customers/search-text";

describe("normalizeForSearch", () => {
  it("folds case and accents, so 'muller' finds Müller and 'MÜLLER' finds Muller", () => {
    expect(normalizeForSearch("Müller")).toBe("muller");
    expect(normalizeForSearch("MÜLLER")).toBe(normalizeForSearch("muller"));
    expect(normalizeForSearch("Émile Zoë Ñúñez Çelik")).toBe("emile zoe nunez celik");
  });

  it("spells out letters that carry no combining mark", () => {
    expect(normalizeForSearch("Straße Ærø Œuvre Łódź Øster Þór")).toBe("strasse aero oeuvre lodz oster thor");
  });

  it("folds compatibility forms and decomposed input to the same text", () => {
    expect(normalizeForSearch("ﬁne ＡＢＣ")).toBe("fine abc");
    expect(normalizeForSearch("Mu\u0308ller")).toBe(normalizeForSearch("M\u00fcller"));
  });

  it("keeps % _ and \\ as characters that match only themselves", () => {
    expect(normalizeForSearch("50%_a\\b")).toBe("50\uE000\uE001a\uE002b");
  });
});

describe("the stored columns", () => {
  it("hold the folded name and search text", () => {
    expect(buildNameSort("  Émile   Müller ")).toBe("emile muller");
    expect(buildSearchText({ id: 7, name: "Müller Praxis", city: "Zürich", billingEmail: null })).toBe("7 muller praxis zurich");
  });
});
