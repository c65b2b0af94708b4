// The register's filters, sorting and page, read from the URL (?category=&status=&owner=&band=
// &cell=3-4&overdue=1&sort=&page=). Unknown or malformed values fall back to the defaults instead of
// failing, because URLs get edited and shared. Pure.
import { RISK_BANDS, RISK_CATEGORIES, RISK_STATUSES, SCALE_MAX, SCALE_MIN, type RiskBand, type RiskCategory, type RiskStatus } from "./model";

export const PAGE_SIZE = 50;
export const REGISTER_SORTS = ["score", "review", "recent", "title"] as const;
export type RegisterSort = (typeof REGISTER_SORTS)[number];
/** "active" = open or monitoring (the default: closed risks are history). */
export const STATUS_FILTERS = ["active", ...RISK_STATUSES, "all"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
/** Owner filter value for risks nobody owns. */
export const NO_OWNER = "none";

export type RegisterQuery = {
  category: RiskCategory | null;
  status: StatusFilter;
  owner: string | null;
  band: RiskBand | null;
  cell: { likelihood: number; impact: number } | null;
  overdue: boolean;
  sort: RegisterSort;
  page: number;
};

export const DEFAULT_QUERY: RegisterQuery = { category: null, status: "active", owner: null, band: null, cell: null, overdue: false, sort: "score", page: 1 };

type Params = Record<string, string | string[] | undefined>;

function first(params: Params, key: string): string | undefined {
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

function oneOf<T extends string>(list: readonly T[], value: string | undefined): T | null {
  return value !== undefined && (list as readonly string[]).includes(value) ? (value as T) : null;
}

function parseCell(value: string | undefined): RegisterQuery["cell"] {
  const m = /^([1-5])-([1-5])$/.exec(value ?? "");
  if (!m) return null;
  const likelihood = Number(m[1]);
  const impact = Number(m[2]);
  return likelihood >= SCALE_MIN && likelihood <= SCALE_MAX && impact >= SCALE_MIN && impact <= SCALE_MAX ? { likelihood, impact } : null;
}

export function parseRegisterQuery(params: Params): RegisterQuery {
  const owner = first(params, "owner");
  const page = Number(first(params, "page"));
  return {
    category: oneOf(RISK_CATEGORIES, first(params, "category")),
    status: oneOf(STATUS_FILTERS, first(params, "status")) ?? DEFAULT_QUERY.status,
    owner: owner && /^[A-Za-z0-9_-]{1,64}$/.test(owner) ? owner : null,
    band: oneOf(RISK_BANDS, first(params, "band")),
    cell: parseCell(first(params, "cell")),
    overdue: first(params, "overdue") === "1",
    sort: oneOf(REGISTER_SORTS, first(params, "sort")) ?? DEFAULT_QUERY.sort,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** The URL parameters for a query, leaving out defaults; `extra` (e.g. the wizard step) goes first. */
export function registerSearch(query: RegisterQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (query.category) params.set("category", query.category);
  if (query.status !== DEFAULT_QUERY.status) params.set("status", query.status);
  if (query.owner) params.set("owner", query.owner);
  if (query.band) params.set("band", query.band);
  if (query.cell) params.set("cell", `${query.cell.likelihood}-${query.cell.impact}`);
  if (query.overdue) params.set("overdue", "1");
  if (query.sort !== DEFAULT_QUERY.sort) params.set("sort", query.sort);
  if (query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(Math.max(0, total) / PAGE_SIZE));
}

/** Whether any filter narrows the list (sorting and paging do not). */
export function isFiltered(query: RegisterQuery): boolean {
  return Boolean(query.category || query.owner || query.band || query.cell || query.overdue || query.status !== DEFAULT_QUERY.status);
}

export function statusesOf(filter: StatusFilter): RiskStatus[] {
  if (filter === "active") return ["open", "monitoring"];
  if (filter === "all") return [...RISK_STATUSES];
  return [filter];
}
