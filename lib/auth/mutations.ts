import "server-only";
import { db, Prisma } from "@/lib/db/client";

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
