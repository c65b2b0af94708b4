"use client";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";
import { SKILL_MAX } from "@/lib/team/catalogue";

/** The team's best level per competency area. Decorative: the heat grid holds the same numbers as text. */
export function TeamRadar({ points }: { points: { label: string; level: number }[] }) {
  return (
    <div data-testid="team-radar" data-levels={points.map((p) => p.level).join(",")} aria-hidden className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={points} outerRadius="70%" accessibilityLayer={false}>
          <PolarGrid />
          <PolarAngleAxis dataKey="label" tick={{ fontSize: 11 }} />
          <PolarRadiusAxis domain={[0, SKILL_MAX]} tickCount={SKILL_MAX + 1} tick={{ fontSize: 10 }} />
          <Radar dataKey="level" stroke="#4f46e5" fill="#6366f1" fillOpacity={0.35} isAnimationActive={false} />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
