/** Where a criterion is improved: the wizard step whose data rates it. */
export function criterionHref(projectId: string, criterion: { link: { section: string; step: string | null } }): string {
  const { section, step } = criterion.link;
  return `/projects/${projectId}/${section}${step ? `?step=${encodeURIComponent(step)}` : ""}`;
}
