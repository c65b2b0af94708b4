// The authorization matrix: every action × every role, a non-member and an anonymous caller.
// Each call gets a fresh team and project so an allowed write cannot affect the next case.
import { describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { can, ROLES, type Action, type Role } from "@/lib/authz/permissions";
import { signInAs } from "../integration/session";
import { createTeamWithProject } from "./factories";

export type MatrixWorld = Awaited<ReturnType<typeof createTeamWithProject>>;

export type GateCase = {
  name: string;
  permission: Action;
  /** Calls the server action; `prepare` may create the records it needs first. */
  run: (world: MatrixWorld, prepared: unknown) => Promise<ActionResult<unknown>>;
  prepare?: (world: MatrixWorld) => Promise<unknown>;
  /** What an allowed role gets when it is not "ok": a business refusal the case means to reach. */
  allowedOutcome?: (role: Role) => string;
};

export function describeGateMatrix(title: string, cases: GateCase[]) {
  describe(title, () => {
    for (const c of cases) {
      for (const role of ROLES) {
        const allowed = can(role, c.permission);
        it(`${c.name}: ${role} is ${allowed ? "allowed" : "refused (forbidden)"}`, async () => {
          const world = await createTeamWithProject();
          const prepared = await c.prepare?.(world);
          await signInAs(world.members[role]);
          const result = await c.run(world, prepared);
          if (allowed) {
            // Allowed means the call succeeded: every case sends valid input, so a validation failure here
            // is a broken case, not a pass.
            expect(result.ok ? "ok" : result.code).toBe(c.allowedOutcome?.(role) ?? "ok");
          } else {
            expect(result).toMatchObject({ ok: false, code: "forbidden" });
          }
        });
      }
      it(`${c.name}: a non-member gets noAccess`, async () => {
        const world = await createTeamWithProject();
        const prepared = await c.prepare?.(world);
        await signInAs(world.outsider);
        expect(await c.run(world, prepared)).toMatchObject({ ok: false, code: "noAccess" });
      });
      it(`${c.name}: an anonymous caller is refused`, async () => {
        const world = await createTeamWithProject();
        const prepared = await c.prepare?.(world);
        await signInAs(null);
        expect(await c.run(world, prepared)).toMatchObject({ ok: false, code: "unauthenticated" });
      });
    }
  });
}
