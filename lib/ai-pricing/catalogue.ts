// The shipped price book (price-book.json), checked against its schema when loaded: a malformed
// edit of the data file fails loudly here and in catalogue.test.ts, never as a wrong number.
import raw from "./price-book.json";
import type { ShippedPrice } from "./model";
import { priceBookFileSchema } from "./schema";

const file = priceBookFileSchema.parse(raw);

export const PRICE_BOOK_VERSION = file.version;
export const SHIPPED_PRICES: readonly ShippedPrice[] = file.models;

const BY_ID = new Map(SHIPPED_PRICES.map((row) => [row.id, row]));

export function shippedPrice(id: string): ShippedPrice | undefined {
  return BY_ID.get(id);
}

export function isShippedModel(id: string): boolean {
  return BY_ID.has(id);
}
