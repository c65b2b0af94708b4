/** Where a criterion is improved: a self-assessed one on this page, a derived one in its wizard step. */
export function criterionHref(projectId: string, criterion: { id: string; derived: boolean; link: { section: string; step: string | null } }): string {
  if (!criterion.derived) return `/projects/${projectId}/readiness#criterion-${criterion.id}`;
  const { section, step } = criterion.link;
  return `/projects/${projectId}/${section}${step ? `?step=${encodeURIComponent(step)}` : ""}`;
}
