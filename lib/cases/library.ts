// The case library: every case named in the source documents, as bilingual pattern cards. Static
// content in code (typed, reviewed like code); the order here is the default display order.
import { ANONYMOUS_CASES } from "./library-anonymous";
import { NAMED_CASES } from "./library-named";
import { PLATFORM_CASES } from "./library-platform";
import type { LibraryCard, LibraryCardInput } from "./library-types";
import { VIGNETTE_CASES } from "./library-vignettes";

export type { Bilingual, LibraryCard } from "./library-types";

function withRiskCategories(card: LibraryCardInput): LibraryCard {
  const riskCategories = [...new Set(card.risks.map((risk) => risk.category))];
  return { ...card, tags: { ...card.tags, riskCategories } };
}

export const LIBRARY: readonly LibraryCard[] = [...NAMED_CASES, ...PLATFORM_CASES, ...ANONYMOUS_CASES, ...VIGNETTE_CASES].map(withRiskCategories);

const BY_ID = new Map(LIBRARY.map((card) => [card.id, card]));

export function findLibraryCard(id: string): LibraryCard | undefined {
  return BY_ID.get(id);
}

export function isLibraryCaseId(id: string): boolean {
  return BY_ID.has(id);
}
