import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { cn } from "./cn";
import { LengthCounter } from "./length-counter";

const control =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100 disabled:bg-slate-100 disabled:text-slate-500 aria-[invalid=true]:border-red-500";

type Limited = { maxLength?: number; value?: unknown; id?: string; "aria-invalid"?: unknown; "aria-describedby"?: string };

// `maxLength` is the field's limit, but it never reaches the DOM: the browser would silently cut a paste.
// The text stays whole, a counter shows the limit, and the server refuses an over-long save with a message.
function limitProps<P extends Limited>(props: P) {
  const { maxLength, ...rest } = props;
  const length = typeof rest.value === "string" ? rest.value.length : null;
  if (maxLength === undefined || length === null) return { rest, counter: null };
  const counterId = rest.id ? `${rest.id}-length` : undefined;
  const over = length > maxLength;
  const describedBy = [rest["aria-describedby"], length >= maxLength * 0.8 ? counterId : undefined].filter(Boolean).join(" ") || undefined;
  return {
    rest: { ...rest, "aria-describedby": describedBy, "aria-invalid": over ? true : rest["aria-invalid"] },
    counter: <LengthCounter id={counterId} length={length} max={maxLength} />,
  };
}

export function Input({ className, ...props }: InputHTMLAttributes<HTMLInputElement>) {
  const { rest, counter } = limitProps(props);
  return withCounter(<input className={cn(control, "h-10", className)} {...rest} />, counter);
}

export function Textarea({ className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { rest, counter } = limitProps(props);
  return withCounter(<textarea className={cn(control, "min-h-24", className)} {...rest} />, counter);
}

function withCounter(control: ReactNode, counter: ReactNode) {
  return counter ? (
    <>
      {control}
      {counter}
    </>
  ) : (
    control
  );
}

export function Select({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={cn(control, "h-10", className)} {...props} />;
}
