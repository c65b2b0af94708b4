"use client";
import { createContext, useContext, type HTMLAttributes, type ReactNode } from "react";
import { Card } from "./card";

// Rows that repeat the same fields (members, hires, rounds, competitors…) name themselves once; every
// Field inside adds that name for screen readers, so "Status" is heard as "Status (Seed round)".
const RowNameContext = createContext<string | undefined>(undefined);

export function useRowName(): string | undefined {
  return useContext(RowNameContext);
}

export function RowName({ name, children }: { name: string; children: ReactNode }) {
  return <RowNameContext.Provider value={name.trim() || undefined}>{children}</RowNameContext.Provider>;
}

/** A Card that is a named group of one record's fields (a screen reader announces the name on entering it).
 * With `nameFields`, every Field inside also carries the name, for rows whose controls must each be
 * told apart on their own (member cards: twenty role and skill controls per person). */
export function RowCard({ name, nameFields = false, ...props }: HTMLAttributes<HTMLDivElement> & { name: string; nameFields?: boolean }) {
  const label = name.trim() || undefined;
  const card = <Card role="group" aria-label={label} {...props} />;
  return nameFields ? <RowNameContext.Provider value={label}>{card}</RowNameContext.Provider> : card;
}

/** The row's name as screen-reader-only text after a visible label. */
export function RowNameSuffix() {
  const name = useRowName();
  return name ? <span className="sr-only"> ({name})</span> : null;
}
