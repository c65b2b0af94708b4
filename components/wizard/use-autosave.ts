"use client";
// Autosave for one versioned record: debounced saves as the user types, a local draft kept until
// the server acknowledges it, and version conflicts surfaced instead of silently overwritten.
// Save actions answer with the saved version only (no page re-render in the answer); once a save is
// acknowledged the hook refreshes the page, so numbers derived from several records (team cost,
// runway, completion) follow without holding up the acknowledgement.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult, FieldErrors } from "@/lib/actions/result";
import { sameValue, threeWayMerge } from "./three-way-merge";

export type SaveStatus = "idle" | "dirty" | "saving" | "saved" | "failed" | "invalid" | "conflict" | "forbidden";

export type AutosaveOptions<V> = {
  /** Unique per record (e.g. `team-member:<id>`); names the local draft. */
  key: string;
  initial: V;
  version: number;
  save: (values: V, version: number) => Promise<ActionResult<{ version: number }>>;
  delayMs?: number;
  /** Read-only roles: edits are not possible and nothing is ever saved. */
  disabled?: boolean;
  /** Called after each acknowledged save (the page itself is refreshed by the hook). */
  onSaved?: (values: V, version: number) => void;
};

export type Autosave<V> = {
  values: V;
  version: number;
  status: SaveStatus;
  fieldErrors: FieldErrors;
  errorCode: string | null;
  /** What the server holds now, when our save was refused as stale. */
  theirs: (Partial<V> & { version: number }) | null;
  /** The fields both we and a teammate changed differently: the only ones the user must decide. */
  conflicts: (keyof V & string)[];
  set: (patch: Partial<V> | ((values: V) => V)) => void;
  retry: () => void;
  takeTheirs: () => void;
  keepMine: () => void;
  /** Keep my fields but put both texts into every text field that differs, then save. */
  mergeText: () => void;
  flush: () => Promise<void>;
};

/** `base`: the record as the server had it when the edit started, for a three-way merge on conflict. */
type Draft<V> = { values: V; baseVersion: number; base?: V };

const DRAFT_PREFIX = "launchpad:draft:";

function readDraft<V>(key: string): Draft<V> | null {
  try {
    const raw = window.localStorage.getItem(DRAFT_PREFIX + key);
    return raw ? (JSON.parse(raw) as Draft<V>) : null;
  } catch {
    return null;
  }
}

function writeDraft<V>(key: string, draft: Draft<V> | null) {
  try {
    if (draft) window.localStorage.setItem(DRAFT_PREFIX + key, JSON.stringify(draft));
    else window.localStorage.removeItem(DRAFT_PREFIX + key);
  } catch {
    // Storage full or disabled: the in-memory values are still kept.
  }
}

export function useAutosave<V extends Record<string, unknown>>(options: AutosaveOptions<V>): Autosave<V> {
  const { key, delayMs = 800, disabled = false } = options;
  const router = useRouter();
  const [values, setValues] = useState<V>(options.initial);
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [theirs, setTheirs] = useState<(Partial<V> & { version: number }) | null>(null);
  const [conflicts, setConflicts] = useState<(keyof V & string)[]>([]);
  /** The record as the server last acknowledged it: what "changed" means for my edits and theirs. */
  const baseRef = useRef<V | null>(options.initial);

  const versionRef = useRef(options.version);
  const valuesRef = useRef(values);
  const saveRef = useRef(options.save);
  const onSavedRef = useRef(options.onSaved);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** A debounced save is waiting: edits the server has not been asked to store yet. */
  const scheduled = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const pendingAgain = useRef(false);
  const [version, setVersion] = useState(options.version);

  useEffect(() => {
    saveRef.current = options.save;
    onSavedRef.current = options.onSaved;
  });

  const saveOnce = useCallback(async (): Promise<void> => {
    const snapshot = valuesRef.current;
    setStatus("saving");
    let result: ActionResult<{ version: number }>;
    try {
      result = await saveRef.current(snapshot, versionRef.current);
    } catch {
      result = { ok: false, code: "network" };
    }
    pendingAgain.current = false;
    if (result.ok) {
      baseRef.current = snapshot;
      versionRef.current = result.data.version;
      setVersion(result.data.version);
      setFieldErrors({});
      setErrorCode(null);
      const unchanged = valuesRef.current === snapshot;
      writeDraft(key, unchanged ? null : { values: valuesRef.current, baseVersion: result.data.version, base: snapshot });
      setStatus(unchanged ? "saved" : "dirty");
      onSavedRef.current?.(snapshot, result.data.version);
      router.refresh();
      // Typed while this save was in flight: save again.
      pendingAgain.current = !unchanged;
    } else if (result.code === "conflict") {
      const current = (result.current ?? null) as (Partial<V> & { version: number }) | null;
      if (!current) {
        setTheirs({ version: versionRef.current } as Partial<V> & { version: number });
        setConflicts([]);
        setStatus("conflict");
        return;
      }
      // A teammate saved meanwhile: merge field by field; only fields we both changed need the user.
      const { version: serverVersion, ...rest } = current;
      const their = rest as unknown as Partial<V>;
      const { merged, conflicts: clashing } = threeWayMerge(baseRef.current, valuesRef.current, their);
      baseRef.current = { ...valuesRef.current, ...their };
      valuesRef.current = merged;
      setValues(merged);
      versionRef.current = serverVersion;
      setVersion(serverVersion);
      writeDraft(key, { values: merged, baseVersion: serverVersion, base: baseRef.current });
      if (clashing.length === 0) {
        setStatus("dirty");
        pendingAgain.current = true; // save the merged record on top of theirs
        return;
      }
      setTheirs(current);
      setConflicts(clashing);
      setStatus("conflict");
    } else if (result.code === "validation") {
      setFieldErrors(result.fieldErrors ?? {});
      setStatus("invalid");
    } else {
      setErrorCode(result.code);
      // Retrying cannot help when the role, the archive or the membership says no.
      setStatus(result.code === "forbidden" || result.code === "archived" || result.code === "noAccess" ? "forbidden" : "failed");
    }
  }, [key, router]);

  const runSave = useCallback(async (): Promise<void> => {
    if (disabled) return;
    if (inFlight.current) {
      pendingAgain.current = true;
      return inFlight.current;
    }
    const loop = (async () => {
      do {
        await saveOnce();
      } while (pendingAgain.current);
    })();
    inFlight.current = loop;
    try {
      await loop;
    } finally {
      inFlight.current = null;
    }
  }, [disabled, saveOnce]);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    scheduled.current = true;
    timer.current = setTimeout(() => {
      scheduled.current = false;
      void runSave();
    }, delayMs);
  }, [delayMs, runSave]);

  // Sends a waiting save at once instead of after the debounce.
  const sendPending = useCallback(() => {
    if (!scheduled.current) return;
    clearTimeout(timer.current);
    scheduled.current = false;
    void runSave();
  }, [runSave]);

  // A draft left by a failed save (or a closed tab) is restored and saved again; if the record
  // changed on the server since, it becomes a conflict the user resolves.
  useEffect(() => {
    if (disabled) return;
    const draft = readDraft<V>(key);
    if (!draft) return;
    if (JSON.stringify(draft.values) === JSON.stringify(options.initial)) {
      writeDraft(key, null); // already saved; the acknowledgement was just not seen
      return;
    }
    valuesRef.current = draft.values;
    // The draft lives in localStorage, which only exists after mount.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValues(draft.values);
    if (draft.baseVersion === options.version) {
      setStatus("dirty");
      schedule();
      return;
    }
    // Saved by someone else since the draft was written: merge as for a live conflict.
    const { merged, conflicts: clashing } = threeWayMerge(draft.base ?? null, draft.values, options.initial);
    baseRef.current = options.initial;
    versionRef.current = options.version;
    valuesRef.current = merged;
    setValues(merged);
    writeDraft(key, { values: merged, baseVersion: options.version, base: options.initial });
    if (clashing.length === 0) {
      setStatus("dirty");
      schedule();
    } else {
      setTheirs({ ...options.initial, version: options.version });
      setConflicts(clashing);
      setStatus("conflict");
    }
    // Only on mount: later server values arrive through conflicts, not props.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Edits typed just before leaving are never dropped: a step change, a link or any other unmount sends
  // them at once (the request outlives the component), and so does hiding or closing the tab. Should
  // that request not arrive, the local draft still holds the text and is saved on the next visit.
  // Registered once: a re-render must not count as leaving.
  const sendPendingRef = useRef(sendPending);
  useEffect(() => {
    sendPendingRef.current = sendPending;
  });
  useEffect(() => {
    const send = () => sendPendingRef.current();
    const onHide = () => {
      if (document.visibilityState === "hidden") send();
    };
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", send);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("pagehide", send);
      send();
    };
  }, []);

  const set = useCallback(
    (patch: Partial<V> | ((values: V) => V)) => {
      if (disabled) return;
      const next = typeof patch === "function" ? patch(valuesRef.current) : { ...valuesRef.current, ...patch };
      valuesRef.current = next;
      setValues(next);
      writeDraft(key, { values: next, baseVersion: versionRef.current, base: baseRef.current ?? undefined });
      setStatus((s) => (s === "conflict" ? s : "dirty"));
      if (theirs === null) schedule();
    },
    [disabled, key, schedule, theirs],
  );

  const resolveWith = useCallback(
    (next: V, serverVersion: number, saveNow: boolean) => {
      valuesRef.current = next;
      versionRef.current = serverVersion;
      setVersion(serverVersion);
      setValues(next);
      setTheirs(null);
      setConflicts([]);
      if (saveNow) {
        writeDraft(key, { values: next, baseVersion: serverVersion, base: baseRef.current ?? undefined });
        void runSave();
      } else {
        writeDraft(key, null);
        setStatus("saved");
      }
    },
    [key, runSave],
  );

  // Their value for the fields we both changed; my edits of other fields stay (and are saved).
  const takeTheirs = useCallback(() => {
    if (!theirs) return;
    const { version: serverVersion, ...rest } = theirs;
    const their = rest as unknown as Record<string, unknown>;
    const fields = conflicts.length > 0 ? conflicts : (Object.keys(their) as (keyof V & string)[]);
    const next: Record<string, unknown> = { ...valuesRef.current };
    for (const field of fields) if (field in their) next[field] = their[field];
    const otherEdits = Object.keys(next).some((f) => f in their && !sameValue(next[f], their[f]));
    resolveWith(next as V, serverVersion, otherEdits);
  }, [theirs, conflicts, resolveWith]);

  const keepMine = useCallback(() => {
    if (!theirs) return;
    resolveWith(valuesRef.current, theirs.version, true);
  }, [theirs, resolveWith]);

  const mergeText = useCallback(() => {
    if (!theirs) return;
    const merged: Record<string, unknown> = { ...valuesRef.current };
    for (const [field, theirValue] of Object.entries(theirs)) {
      const mine = merged[field];
      if (field !== "version" && typeof mine === "string" && typeof theirValue === "string" && mine !== theirValue) {
        merged[field] = mine.includes(theirValue) ? mine : theirValue.includes(mine) ? theirValue : `${mine}\n\n${theirValue}`;
      }
    }
    resolveWith(merged as V, theirs.version, true);
  }, [theirs, resolveWith]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    scheduled.current = false;
    await runSave();
  }, [runSave]);

  return { values, version, status, fieldErrors, errorCode, theirs, conflicts, set, retry: () => void flush(), takeTheirs, keepMine, mergeText, flush };
}
