// A real SMTP server on this machine (the smtp-server package), for tests: it receives what
// Launchpad sends through nodemailer and hands each message over, parsed. `rejecting` makes it
// refuse mail with a 451, as a mail server that is down or over quota would.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type MailCatcher = { url: string; port: number; received: ParsedMail[]; rejecting: boolean; close(): Promise<void> };

export async function startMailCatcher(options: { port?: number; onMessage?: (mail: ParsedMail, raw: Buffer) => void } = {}): Promise<MailCatcher> {
  const catcher: MailCatcher = { url: "", port: 0, received: [], rejecting: false, close: async () => {} };
  const server = new SMTPServer({
    authOptional: true,
    disableReverseLookup: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (catcher.rejecting) return callback(Object.assign(new Error("Mailbox temporarily unavailable"), { responseCode: 451 }));
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (mail) => {
            catcher.received.push(mail);
            options.onMessage?.(mail, raw);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  catcher.port = typeof address === "object" && address ? address.port : 0;
  catcher.url = `smtp://127.0.0.1:${catcher.port}`;
  catcher.close = () => new Promise((resolve) => server.close(() => resolve()));
  return catcher;
}
