// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { useAutosave } from "./use-autosave";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));

type Values = { text: string };

function setup(save = vi.fn(async (_values: Values, version: number): Promise<ActionResult<{ version: number }>> => ({ ok: true, data: { version: version + 1 } }))) {
  const key = `test:${Math.random()}`;
  const hook = renderHook(() => useAutosave<Values>({ key, initial: { text: "" }, version: 1, save }));
  return { ...hook, save };
}

function hideTab() {
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
  document.dispatchEvent(new Event("visibilitychange"));
}

describe("useAutosave", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    window.localStorage.clear();
    refresh.mockClear();
  });
  afterEach(() => {
    vi.useRealTimers();
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "visible" });
  });

  it("debounces typing into one save of the latest text", async () => {
    const { result, save } = setup();
    act(() => result.current.set({ text: "a" }));
    act(() => result.current.set({ text: "ab" }));
    expect(save).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTimeAsync(800));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ text: "ab" }, 1);
    expect(result.current.status).toBe("saved");
  });

  it("refreshes the page (derived numbers) after an acknowledged save, and not after a refused one", async () => {
    const { result } = setup();
    act(() => result.current.set({ text: "a" }));
    await act(async () => vi.advanceTimersByTimeAsync(800));
    expect(refresh).toHaveBeenCalledTimes(1);

    const refused = setup(vi.fn(async (): Promise<ActionResult<{ version: number }>> => ({ ok: false, code: "validation", fieldErrors: {} })));
    refresh.mockClear();
    act(() => refused.result.current.set({ text: "b" }));
    await act(async () => vi.advanceTimersByTimeAsync(800));
    expect(refused.save).toHaveBeenCalledTimes(1);
    expect(refresh).not.toHaveBeenCalled();
  });

  it("sends an edit typed just before leaving the step (unmount) at once, not never", async () => {
    const { result, save, unmount } = setup();
    act(() => result.current.set({ text: "typed 200 ms before clicking Next" }));
    await act(async () => vi.advanceTimersByTimeAsync(200));
    unmount();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ text: "typed 200 ms before clicking Next" }, 1);
    // The debounce timer is gone: no second save later.
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it("sends a pending edit when the tab is hidden or the page is left", async () => {
    const { result, save } = setup();
    act(() => result.current.set({ text: "before switching tabs" }));
    await act(async () => hideTab());
    expect(save).toHaveBeenLastCalledWith({ text: "before switching tabs" }, 1);
    await act(async () => vi.advanceTimersByTimeAsync(0));

    act(() => result.current.set({ text: "before closing" }));
    await act(async () => window.dispatchEvent(new Event("pagehide")));
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith({ text: "before closing" }, 2);
  });

  it("sends nothing on leaving when everything is already saved", async () => {
    const { result, save, unmount } = setup();
    act(() => result.current.set({ text: "saved" }));
    await act(async () => vi.advanceTimersByTimeAsync(800));
    unmount();
    window.dispatchEvent(new Event("pagehide"));
    expect(save).toHaveBeenCalledTimes(1);
  });

  it("keeps the text in a local draft until the server acknowledges it", async () => {
    const save = vi.fn(async (): Promise<ActionResult<{ version: number }>> => ({ ok: false, code: "network" }));
    const { result } = setup(save);
    act(() => result.current.set({ text: "offline edit" }));
    await act(async () => vi.advanceTimersByTimeAsync(800));
    expect(result.current.status).toBe("failed");
    const drafts = Object.keys(window.localStorage).filter((k) => k.startsWith("launchpad:draft:"));
    expect(drafts).toHaveLength(1);
    expect(JSON.parse(window.localStorage.getItem(drafts[0])!).values).toEqual({ text: "offline edit" });
  });

  it("merges a teammate's save of another field silently and saves on top of it", async () => {
    type Risk = { mitigation: string; contingency: string };
    const save = vi
      .fn<(values: Risk, version: number) => Promise<ActionResult<{ version: number }>>>()
      .mockResolvedValueOnce({ ok: false, code: "conflict", current: { mitigation: "", contingency: "Switch provider", version: 2 } } as ActionResult<{ version: number }>)
      .mockResolvedValueOnce({ ok: true, data: { version: 3 } });
    const { result } = renderHook(() => useAutosave<Risk>({ key: "merge-test", initial: { mitigation: "", contingency: "" }, version: 1, save }));
    act(() => result.current.set({ mitigation: "Reserve capacity" }));
    await act(async () => vi.advanceTimersByTimeAsync(800));
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith({ mitigation: "Reserve capacity", contingency: "Switch provider" }, 2);
    expect(result.current.status).toBe("saved");
    expect(result.current.conflicts).toEqual([]);
  });

  it("asks only about the field both changed", async () => {
    type Risk = { mitigation: string; contingency: string };
    const save = vi.fn(async (): Promise<ActionResult<{ version: number }>> => ({ ok: false, code: "conflict", current: { mitigation: "Second provider", contingency: "Cut free tier", version: 2 } }) as ActionResult<{ version: number }>);
    const { result } = renderHook(() => useAutosave<Risk>({ key: "clash-test", initial: { mitigation: "", contingency: "" }, version: 1, save }));
    act(() => result.current.set({ mitigation: "Reserve capacity" }));
    await act(async () => vi.advanceTimersByTimeAsync(800));
    expect(result.current.status).toBe("conflict");
    expect(result.current.conflicts).toEqual(["mitigation"]);
    expect(result.current.values).toEqual({ mitigation: "Reserve capacity", contingency: "Cut free tier" });
  });
});
