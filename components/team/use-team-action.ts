"use client";
// One-shot team actions (add, delete): pending state, the translated failure, and a refresh of the
// server-rendered page on success so derived numbers (gaps, cost, progress) follow.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionFailure, ActionResult } from "@/lib/actions/result";

export function useTeamAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  function run<T>(action: () => Promise<ActionResult<T>>, onDone?: (data: T) => void) {
    startTransition(async () => {
      let result: ActionResult<T>;
      try {
        result = await action();
      } catch {
        result = { ok: false, code: "network" };
      }
      if (!result.ok) {
        setFailure(result);
        return;
      }
      setFailure(null);
      onDone?.(result.data);
      router.refresh();
    });
  }

  return { pending, failure, run };
}
