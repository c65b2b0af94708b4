// The shape of a library pattern card. Every text exists in both languages; the card says only what
// is known, and `corrections` tells the founder where a source document is wrong.
import type { CaseRiskCategory, CaseTags, LibraryKind, SourceDoc, SourceQuality } from "./tags";

export type Bilingual = { en: string; zh: string };

/** A card as written in the content files; its risk categories are derived from its risks. */
export type LibraryCardInput = Omit<LibraryCard, "tags"> & { tags: Omit<CaseTags, "riskCategories"> };

export type LibraryCard = {
  /** Stable kebab-case id; part of URLs and of `sourceCaseId` links from risks and canvas notes. */
  id: string;
  kind: LibraryKind;
  title: Bilingual;
  context: Bilingual;
  approach: Bilingual;
  businessModel: Bilingual;
  /** Only what is known; "no figures" is said plainly rather than filled in. */
  whatHappened: Bilingual;
  /** Typical risks, each with the register category it belongs to (pre-selected when applied). */
  risks: (Bilingual & { category: CaseRiskCategory })[];
  lessons: Bilingual[];
  /** Where a source document is wrong or misleading, what is known instead. */
  corrections: Bilingual[];
  tags: CaseTags;
  sources: SourceDoc[];
  sourceQuality: SourceQuality;
};
