"use client";
import dynamic from "next/dynamic";

// recharts is large: load it after the page, so the team wizard's first load stays small.
const TeamRadarChart = dynamic(() => import("./team-radar-chart"), { ssr: false });

/** The team's best level per competency area. Decorative: the heat grid holds the same numbers as text. */
export function TeamRadar({ points }: { points: { label: string; level: number }[] }) {
  return (
    <div data-testid="team-radar" data-levels={points.map((p) => p.level).join(",")} aria-hidden className="h-72 w-full">
      <TeamRadarChart points={points} />
    </div>
  );
}
