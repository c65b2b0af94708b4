/** One field of an email-gated link's check (the address, then the code): a plain HTML form, no JavaScript needed. */
export function ViewerEmailForm({ action, name, label, submit, again }: { action: string; name: "email" | "code"; label: string; submit: string; again?: { href: string; label: string } }) {
  const id = `share-viewer-${name}`;
  return (
    <form method="post" action={action} className="mt-4 space-y-3">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {name === "email" ? (
        <input id={id} name="email" type="email" required maxLength={254} autoComplete="email" className="h-10 w-full rounded-md border border-slate-300 px-3 text-sm" />
      ) : (
        <input id={id} name="code" type="text" inputMode="numeric" required maxLength={20} autoComplete="one-time-code" className="h-10 w-full rounded-md border border-slate-300 px-3 text-sm tracking-widest" />
      )}
      <button type="submit" className="h-10 w-full rounded-md bg-brand-600 text-sm font-medium text-white hover:bg-brand-700">
        {submit}
      </button>
      {again ? (
        <a href={again.href} className="block text-center text-sm text-brand-700 underline">
          {again.label}
        </a>
      ) : null}
    </form>
  );
}
