"use client";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";
import { SKILL_MAX } from "@/lib/team/catalogue";

/** The recharts part of the radar, loaded on demand (see team-radar.tsx). */
export default function TeamRadarChart({ points }: { points: { label: string; level: number }[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <RadarChart data={points} outerRadius="70%" accessibilityLayer={false}>
        <PolarGrid />
        <PolarAngleAxis dataKey="label" tick={{ fontSize: 11 }} />
        <PolarRadiusAxis domain={[0, SKILL_MAX]} tickCount={SKILL_MAX + 1} tick={{ fontSize: 10 }} />
        <Radar dataKey="level" stroke="#4f46e5" fill="#6366f1" fillOpacity={0.35} isAnimationActive={false} />
      </RadarChart>
    </ResponsiveContainer>
  );
}
