// What a share link grants: read access to ONE project's investor summary, nothing else.
// The capability carries a differently branded project id that only summary loaders accept, so
// no other loader or action can be called with it (checked by the type system).
import "server-only";
import { cookies } from "next/headers";
import { authSecret } from "@/lib/auth/secret";
import { readSummary, type InvestorSummary } from "@/lib/investor-summary/model";
import { findLinkByToken } from "@/lib/share/data";
import { isValidProof, linkState, passcodeCookieName, viewerCookieName, viewerFromProof } from "@/lib/share/model";

declare const sharedBrand: unique symbol;
export type SharedProjectId = string & { readonly [sharedBrand]: true };

export type ShareCapability = {
  linkId: string;
  projectId: SharedProjectId;
  /** The frozen summary of a snapshot link (validated); null for a live link. */
  frozenSummary: InvestorSummary | null;
  /** The verified viewer on an email-gated link (their analytics are theirs); null on other links. */
  viewerId: string | null;
};

export type ShareAccess = { status: "granted"; capability: ShareCapability } | { status: "passcode"; linkId: string } | { status: "email"; linkId: string } | { status: "denied" };

/** Resolves a token. Wrong, expired and revoked tokens are all simply "denied" (no oracle). */
export async function resolveShareToken(token: string, now = new Date()): Promise<ShareAccess> {
  const link = await findLinkByToken(token);
  if (!link || linkState(link, now) !== "active") return { status: "denied" };
  const jar = await cookies();
  if (link.passcodeHash) {
    const proof = jar.get(passcodeCookieName(link.id))?.value;
    if (!isValidProof(authSecret(), link.id, link.passcodeHash, proof)) return { status: "passcode", linkId: link.id };
  }
  // An email-gated link needs a viewer verified on this link (by a mailed one-time code).
  const viewerId = link.requireEmail ? viewerFromProof(authSecret(), link.id, jar.get(viewerCookieName(link.id))?.value) : null;
  if (link.requireEmail && !viewerId) return { status: "email", linkId: link.id };
  // A frozen link shows its frozen copy or nothing: when the snapshot is gone (SetNull) or is not a
  // summary this code can read, the link is "denied", never silently the live plan.
  let frozenSummary: InvestorSummary | null = null;
  if (link.mode === "SNAPSHOT") {
    frozenSummary = link.snapshot ? readSummary(link.snapshot.summary) : null;
    if (!frozenSummary) return { status: "denied" };
  }
  return { status: "granted", capability: { linkId: link.id, projectId: link.projectId as SharedProjectId, frozenSummary, viewerId } };
}
