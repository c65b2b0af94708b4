// Per-test users and teams, made directly in the e2e database; signing in goes through the real
// form and Auth.js.
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import { createTeamWithProject, createUser, TEST_PASSWORD } from "../../tests/support/factories";

export type TestUser = { id: string; email: string; name: string };

export async function signIn(page: Page, user: { email: string }, password = TEST_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel(/^(Email|邮箱)$/).fill(user.email);
  await page.getByLabel(/^(Password|密码)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
  await expect(page).toHaveURL(/\/projects/);
}

/** A second person at the same time: their own browser context (English), signed in. */
export async function pageFor(browser: Browser, user: { email: string }): Promise<Page> {
  const page = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signIn(page, user);
  return page;
}

type Fixtures = {
  /** A team with an owner, an editor, a commenter and a viewer, and one project. */
  world: Awaited<ReturnType<typeof createTeamWithProject>>;
  /** A signed-in owner of `world` on `page`. */
  ownerPage: Page;
};

export const test = base.extend<Fixtures>({
  world: async ({}, use) => {
    await use(await createTeamWithProject());
  },
  ownerPage: async ({ page, world }, use) => {
    await signIn(page, world.members.OWNER);
    await use(page);
  },
});

export { expect, createUser, createTeamWithProject };
