import "server-only";
import { db, Prisma } from "@/lib/db/client";
import { sealText } from "@/lib/invitations/outbox-seal";

/** Creates the user with a personal team they own. Returns null when the email is taken. */
export async function createUserWithPersonalTeam(input: { email: string; name: string; passwordHash: string; teamName: string; timeZone?: string | null }) {
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash: input.passwordHash, timeZone: input.timeZone ?? null } });
      await tx.team.create({
        data: { name: input.teamName, personal: true, memberships: { create: { userId: user.id, role: "OWNER" } } },
      });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
    throw error;
  }
}

/**
 * Someone tried to sign up with an email that already has an account: tell that account's owner
 * (recorded in their outbox, like all mail in this build) instead of telling the person signing up.
 */
export async function recordAccountExistsNotice(email: string, subject: string, body: string): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return;
  await db.outboxMessage.create({ data: { senderId: user.id, to: email, subject, sealedBody: sealText(body) } });
}
