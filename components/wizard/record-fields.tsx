"use client";
// Labelled controls bound to one autosaving record (useAutosave): each shows the record's value,
// writes changes back through `set`, and shows the server's translated field error inline.
import type { ReactNode } from "react";
import { Field, invalidProps } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { Autosave } from "@/components/wizard/use-autosave";

type Base<V extends Record<string, unknown>> = {
  autosave: Autosave<V>;
  field: keyof V & string;
  /** Unique per record, e.g. `competitor-<id>`; the control's id is `<idPrefix>-<field>`. */
  idPrefix: string;
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
  /** The record's name for screen readers when several records show the same fields. */
  context?: string;
};

function asText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

export function TextField<V extends Record<string, unknown>>({ autosave, field, idPrefix, label, hint, context, disabled, placeholder, list }: Base<V> & { placeholder?: string; list?: string }) {
  const id = `${idPrefix}-${field}`;
  const error = autosave.fieldErrors[field];
  return (
    <Field id={id} label={label} hint={hint} error={error} context={context}>
      <Input
        id={id}
        value={asText(autosave.values[field])}
        placeholder={placeholder}
        list={list}
        disabled={disabled}
        onChange={(e) => autosave.set({ [field]: e.target.value } as Partial<V>)}
        {...invalidProps(id, error)}
      />
    </Field>
  );
}

/** Numbers are edited as text so a half-typed value is kept; the server parses and checks it. */
export function NumberField<V extends Record<string, unknown>>({ autosave, field, idPrefix, label, hint, context, disabled, step = "any" }: Base<V> & { step?: string }) {
  const id = `${idPrefix}-${field}`;
  const error = autosave.fieldErrors[field];
  return (
    <Field id={id} label={label} hint={hint} error={error} context={context}>
      <Input
        id={id}
        type="number"
        inputMode="decimal"
        min={0}
        step={step}
        value={asText(autosave.values[field])}
        disabled={disabled}
        onChange={(e) => autosave.set({ [field]: e.target.value } as Partial<V>)}
        {...invalidProps(id, error)}
      />
    </Field>
  );
}

export function TextAreaField<V extends Record<string, unknown>>({ autosave, field, idPrefix, label, hint, context, disabled, rows = 3, placeholder }: Base<V> & { rows?: number; placeholder?: string }) {
  const id = `${idPrefix}-${field}`;
  const error = autosave.fieldErrors[field];
  return (
    <Field id={id} label={label} hint={hint} error={error} context={context}>
      <Textarea
        id={id}
        rows={rows}
        className="min-h-0"
        value={asText(autosave.values[field])}
        placeholder={placeholder}
        disabled={disabled}
        onChange={(e) => autosave.set({ [field]: e.target.value } as Partial<V>)}
        {...invalidProps(id, error)}
      />
    </Field>
  );
}

export function SelectField<V extends Record<string, unknown>>({ autosave, field, idPrefix, label, hint, context, disabled, options }: Base<V> & { options: readonly { value: string; label: string }[] }) {
  const id = `${idPrefix}-${field}`;
  const error = autosave.fieldErrors[field];
  return (
    <Field id={id} label={label} hint={hint} error={error} context={context}>
      <Select id={id} value={asText(autosave.values[field])} disabled={disabled} onChange={(e) => autosave.set({ [field]: e.target.value } as Partial<V>)} {...invalidProps(id, error)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function DateField<V extends Record<string, unknown>>({ autosave, field, idPrefix, label, hint, context, disabled }: Base<V>) {
  const id = `${idPrefix}-${field}`;
  const error = autosave.fieldErrors[field];
  return (
    <Field id={id} label={label} hint={hint} error={error} context={context}>
      <Input id={id} type="date" value={asText(autosave.values[field])} disabled={disabled} onChange={(e) => autosave.set({ [field]: e.target.value } as Partial<V>)} {...invalidProps(id, error)} />
    </Field>
  );
}
