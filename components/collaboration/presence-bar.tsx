"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { heartbeatAction } from "@/lib/presence/actions";
import { distinctToneSlots, HEARTBEAT_MS } from "@/lib/presence/model";
import { Avatar, TONES } from "./avatar";

type Person = { userId: string; name: string };
const SHOWN = 5;

/** Who else has this project open: a heartbeat every 15 s while the tab is visible. */
export function PresenceBar({ projectId }: { projectId: string }) {
  const t = useTranslations("collaboration.presence");
  const [others, setOthers] = useState<Person[]>([]);

  useEffect(() => {
    let stopped = false;
    const beat = async () => {
      if (document.hidden) return;
      const result = await heartbeatAction({ projectId }).catch(() => null);
      if (!stopped && result?.ok) setOthers(result.data.others);
    };
    void beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    const onVisible = () => void (document.hidden ? undefined : beat());
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [projectId]);

  if (others.length === 0) return null;
  const slots = distinctToneSlots(others.slice(0, SHOWN), TONES.length);
  return (
    <div className="flex items-center gap-2" data-testid="presence" aria-live="polite">
      <span className="text-xs text-slate-500">{t("alsoHere")}</span>
      <ul className="flex -space-x-2" aria-label={t("label", { count: others.length })}>
        {others.slice(0, SHOWN).map((p) => (
          <li key={p.userId}>
            <Avatar id={p.userId} name={p.name} size="sm" slot={slots.get(p.userId)} />
          </li>
        ))}
      </ul>
      {others.length > SHOWN ? <span className="text-xs text-slate-500">{t("more", { count: others.length - SHOWN })}</span> : null}
    </div>
  );
}
