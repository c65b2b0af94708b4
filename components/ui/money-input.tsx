"use client";
// A money amount as people write it: thousands separators while typing, the currency's symbol in
// front, cents shown when the field is left (1234567.8 → 1,234,567.80). The form receives the plain
// number as text ("1234567.8"), so schemas and autosave see exactly what was typed. Nothing is ever
// rounded or dropped: extra decimals stay, and text that is not a number is kept as typed and
// passed on, so the field shows its translated error instead of a silently changed value.
import { useLayoutEffect, useMemo, useRef, useState, type InputHTMLAttributes } from "react";
import { useLocale } from "next-intl";
import { displayMoneyText, moneySeparators, parseMoneyText, type Separators } from "@/lib/i18n/money-text";
import { cn } from "./cn";
import { Input } from "./input";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "type"> & {
  /** The amount as plain text: "" (empty), "1234.5", or whatever unparseable text was typed. */
  value: string;
  onChange: (value: string) => void;
  currency: string;
};

/** How many characters that carry meaning (digits, the decimal mark) come before `caret`. */
const meaningfulBefore = (text: string, caret: number, sep: Separators) => [...text.slice(0, caret)].filter((c) => /\d/.test(c) || c === sep.decimal).length;

function caretAfter(text: string, count: number, sep: Separators): number {
  if (count === 0) return 0;
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (/\d/.test(text[i]) || text[i] === sep.decimal) seen++;
    if (seen === count) return i + 1;
  }
  return text.length;
}

export function MoneyInput({ value, onChange, currency, className, onBlur, onPaste, ...props }: Props) {
  const locale = useLocale();
  const sep = useMemo(() => moneySeparators(locale, currency), [locale, currency]);
  const shown = (plain: string) => {
    const parsed = parseMoneyText(plain, { ...sep, group: ",", decimal: "." }, false);
    return parsed.valid ? displayMoneyText(parsed.plain, sep, true) : plain;
  };
  const [text, setText] = useState(() => shown(value));
  // The value this input last reported: any other value comes from outside (a reload, a conflict).
  const [reported, setReported] = useState(value);
  const box = useRef<HTMLDivElement>(null);
  const caret = useRef<number | null>(null);
  const pasted = useRef(false);

  if (value !== reported) {
    setReported(value);
    setText(shown(value));
  }

  useLayoutEffect(() => {
    const input = box.current?.querySelector("input");
    if (caret.current !== null && input && document.activeElement === input) input.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });

  const report = (next: string) => {
    setReported(next);
    onChange(next);
  };

  return (
    <div className="relative" ref={box}>
      <span aria-hidden className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-sm text-slate-500">
        {sep.symbol}
      </span>
      <Input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        className={cn("pl-8 tabular-nums", className)}
        value={text}
        onPaste={(e) => {
          pasted.current = true;
          onPaste?.(e);
        }}
        onChange={(e) => {
          const raw = e.target.value;
          const parsed = parseMoneyText(raw, sep, pasted.current);
          pasted.current = false;
          if (!parsed.valid) {
            setText(raw);
            report(raw);
            return;
          }
          const next = displayMoneyText(parsed.plain, sep, false);
          caret.current = caretAfter(next, meaningfulBefore(raw, e.target.selectionStart ?? raw.length, sep), sep);
          setText(next);
          report(parsed.plain);
        }}
        onBlur={(e) => {
          const parsed = parseMoneyText(text, sep, false);
          if (parsed.valid) setText(displayMoneyText(parsed.plain, sep, true));
          onBlur?.(e);
        }}
        {...props}
      />
    </div>
  );
}
