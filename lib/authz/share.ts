// What a share link grants: read access to ONE project's investor summary, nothing else.
// The capability carries a differently branded project id that only summary loaders accept, so
// no other loader or action can be called with it (checked by the type system).
import "server-only";
import { cookies } from "next/headers";
import { authSecret } from "@/lib/auth/secret";
import { findLinkByToken } from "@/lib/share/data";
import { isValidProof, linkState, passcodeCookieName } from "@/lib/share/model";

declare const sharedBrand: unique symbol;
export type SharedProjectId = string & { readonly [sharedBrand]: true };

export type ShareCapability = {
  linkId: string;
  projectId: SharedProjectId;
  /** The frozen summary of a snapshot link; null for a live link. */
  frozenSummary: unknown | null;
};

export type ShareAccess = { status: "granted"; capability: ShareCapability } | { status: "passcode"; linkId: string } | { status: "denied" };

/** Resolves a token. Wrong, expired and revoked tokens are all simply "denied" (no oracle). */
export async function resolveShareToken(token: string, now = new Date()): Promise<ShareAccess> {
  const link = await findLinkByToken(token);
  if (!link || linkState(link, now) !== "active") return { status: "denied" };
  if (link.passcodeHash) {
    const proof = (await cookies()).get(passcodeCookieName(link.id))?.value;
    if (!isValidProof(authSecret(), link.id, link.passcodeHash, proof)) return { status: "passcode", linkId: link.id };
  }
  return {
    status: "granted",
    capability: { linkId: link.id, projectId: link.projectId as SharedProjectId, frozenSummary: link.mode === "SNAPSHOT" ? (link.snapshot?.summary ?? null) : null },
  };
}
