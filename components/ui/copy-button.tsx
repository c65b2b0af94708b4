"use client";
import { useState } from "react";
import { Button } from "./button";

/** Copies `text`; says "copied" only when the clipboard took it (otherwise the text stays on screen to select). */
export function CopyButton({ text, label, copiedLabel, onRefused, className }: { text: string; label: string; copiedLabel: string; onRefused?: () => void; className?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Button
      size="sm"
      variant="secondary"
      className={className}
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
          setCopied(true);
        } catch {
          onRefused?.();
        }
      }}
    >
      {copied ? copiedLabel : label}
    </Button>
  );
}
