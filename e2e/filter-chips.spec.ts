// Journey: filtering writes only the parameters that differ from the defaults into the URL,
// moves focus to the results, and shows each active filter as a chip that removes just that one.
import { expect, test } from "@playwright/test";
import { DEMO_USERS, signIn } from "./helpers/auth";

test("filters give a clean URL and chips that remove one filter each", async ({ page }) => {
  await signIn(page, DEMO_USERS.support.email);
  const search = page.getByRole("search");
  const chips = page.getByRole("list", { name: "Active filters" });
  await expect(chips).toHaveCount(0);

  await search.getByLabel("Status").selectOption("paying");
  await search.getByLabel("Warnings").selectOption("any");
  await search.getByLabel("Show").selectOption("all");
  await search.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/\/customers\?status=paying&warning=any&archived=all$/);
  await expect(page.getByRole("region", { name: "Results" })).toBeFocused();
  await expect(chips.getByRole("link")).toHaveText(["Status: paying ✕", "Warnings: any warning ✕", "Show: Active and archived ✕"]);

  await chips.getByRole("link", { name: "Remove filter Status: paying" }).click();
  await expect(page).toHaveURL(/\/customers\?warning=any&archived=all$/);
  await expect(search.getByLabel("Status")).toHaveValue("");
  await expect(chips.getByRole("link")).toHaveText(["Warnings: any warning ✕", "Show: Active and archived ✕"]);

  await chips.getByRole("link", { name: "Remove filter Show: Active and archived" }).click();
  await expect(page).toHaveURL(/\/customers\?warning=any$/);
  await chips.getByRole("link", { name: "Remove filter Warnings: any warning" }).click();
  await expect(page).toHaveURL(/\/customers$/);
  await expect(chips).toHaveCount(0);
});

test("a search shows as a chip and its placeholder fits the box", async ({ page }) => {
  await signIn(page, DEMO_USERS.support.email);
  const box = page.getByRole("search").getByLabel("Search");
  await box.fill("dental");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/customers\?q=dental$/);
  await expect(page.getByRole("link", { name: "Remove filter Search: “dental”" })).toBeVisible();
  // The hint is not cut off: the text fits inside the input.
  await box.fill("");
  const fits = await box.evaluate((input: HTMLInputElement) => {
    const context = document.createElement("canvas").getContext("2d")!;
    const style = getComputedStyle(input);
    context.font = `${style.fontSize} ${style.fontFamily}`;
    const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    return context.measureText(input.placeholder).width + padding <= input.clientWidth;
  });
  expect(fits).toBe(true);
});
