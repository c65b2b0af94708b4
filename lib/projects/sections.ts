// The planning sections of a project, in navigation order. `slug` is the route segment under
// /projects/[projectId]/; the label is messages "sections.<slug>".
export const SECTIONS = [
  "team",
  "business-model",
  "risks",
  "cases",
  "market",
  "platform",
  "funding",
  "milestones",
  "compliance",
  "readiness",
  "sharing",
  "history",
] as const;
export type SectionSlug = (typeof SECTIONS)[number];
