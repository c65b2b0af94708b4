/** The step named in `?step=`, or the first step when the value is missing or not one of `steps`. */
export function stepFrom<S extends string>(steps: readonly S[], value: unknown): S {
  return typeof value === "string" && (steps as readonly string[]).includes(value) ? (value as S) : steps[0];
}
