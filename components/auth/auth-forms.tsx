"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, invalidProps } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { signInAction, signUpAction } from "@/lib/auth/actions";

export function SignInForm({ redirectTo }: { redirectTo?: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(signInAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="redirectTo" value={redirectTo ?? "/projects"} />
      <FormError code={state && !state.ok && state.code !== "validation" ? state.code : null} />
      <Field id="email" label={t("email")} error={errors?.email}>
        <Input id="email" name="email" type="email" autoComplete="email" required {...invalidProps("email", errors?.email)} />
      </Field>
      <Field id="password" label={t("password")} error={errors?.password}>
        <Input id="password" name="password" type="password" autoComplete="current-password" required {...invalidProps("password", errors?.password)} />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {t("signInButton")}
      </Button>
      <p className="text-center text-sm text-slate-600">
        {t("noAccount")}{" "}
        <Link className="text-brand-700 underline" href={redirectTo ? `/signup?next=${encodeURIComponent(redirectTo)}` : "/signup"}>
          {t("signUpLink")}
        </Link>
      </p>
    </form>
  );
}

export function SignUpForm({ redirectTo }: { redirectTo?: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(signUpAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="redirectTo" value={redirectTo ?? "/projects"} />
      <FormError code={state && !state.ok && state.code !== "validation" ? state.code : null} />
      <Field id="name" label={t("name")} error={errors?.name}>
        <Input id="name" name="name" autoComplete="name" required {...invalidProps("name", errors?.name)} />
      </Field>
      <Field id="email" label={t("email")} error={errors?.email}>
        <Input id="email" name="email" type="email" autoComplete="email" required {...invalidProps("email", errors?.email)} />
      </Field>
      <Field id="password" label={t("password")} hint={t("passwordHint")} error={errors?.password}>
        <Input id="password" name="password" type="password" autoComplete="new-password" required {...invalidProps("password", errors?.password)} />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {t("signUpButton")}
      </Button>
      <p className="text-center text-sm text-slate-600">
        {t("haveAccount")}{" "}
        <Link className="text-brand-700 underline" href={redirectTo ? `/signin?next=${encodeURIComponent(redirectTo)}` : "/signin"}>
          {t("signInLink")}
        </Link>
      </p>
    </form>
  );
}
