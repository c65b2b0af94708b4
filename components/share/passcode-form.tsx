/** A plain HTML form (no JavaScript needed); the unlock route checks the passcode. */
export function PasscodeForm({ action, label, submit }: { action: string; label: string; submit: string }) {
  return (
    <form method="post" action={action} className="mt-4 space-y-3">
      <label htmlFor="share-passcode" className="block text-sm font-medium">
        {label}
      </label>
      <input id="share-passcode" name="passcode" type="password" required maxLength={100} autoComplete="off" className="h-10 w-full rounded-md border border-slate-300 px-3 text-sm" />
      <button type="submit" className="h-10 w-full rounded-md bg-brand-600 text-sm font-medium text-white hover:bg-brand-700">
        {submit}
      </button>
    </form>
  );
}
