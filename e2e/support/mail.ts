// Mail the app sent during e2e: the local SMTP server started by scripts/e2e-server.ts writes each
// message to E2E_MAIL_DIR; these helpers wait for one and read it.
import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";

async function allMail(): Promise<ParsedMail[]> {
  const dir = process.env.E2E_MAIL_DIR!;
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".eml")).sort() : [];
  return Promise.all(files.map(async (f) => simpleParser(fs.readFileSync(path.join(dir, f)))));
}

const recipients = (mail: ParsedMail) => [mail.to].flat().flatMap((to) => to?.value.map((a) => a.address?.toLowerCase()) ?? []);

/** The newest message delivered to `to` whose subject matches, waiting for it to arrive. */
export async function waitForMail(to: string, subject: RegExp): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await allMail()).reverse().find((m) => recipients(m).includes(to.toLowerCase()) && subject.test(m.subject ?? ""));
        return Boolean(found);
      },
      { timeout: 15_000, message: `mail to ${to} matching ${subject}` },
    )
    .toBe(true);
  return found!;
}

/** The first link in a mail's text that starts with `base`. */
export function linkIn(mail: ParsedMail, base: string): string {
  const link = (mail.text ?? "").split(/\s+/).find((word) => word.startsWith(base));
  expect(link, `a link to ${base} in "${mail.subject}"`).toBeTruthy();
  return link!;
}
