// What /mijn-gegevens/ does with the data kept in this browser: list it per tool with
// its size, list the set-aside copies (download, restore where valid again, delete),
// export everything as one file and import it, delete per tool or all. Nothing here
// deletes an original before its replacement or copy is confirmed written.
import { parseAsideKey, type AsideReason } from '@/lib/storage/aside';
import { encodeTransfer, mergeById, parseTransfer, type ImportError, type TransferFormat } from '@/lib/storage/transfer';
import { encodeStored, isRecord } from '@/lib/storage/versioned';
import { readKey, removeKey, setAside, writeKey } from '@/stores/persisted';
import { checkRule, findStored, SITE_PREFIX, STORED_TOOLS, type StoredKey, type StoredTool } from '@/stores/registry';

/** Bytes a key and its value take in the browser's storage (UTF-16). */
export const sizeOf = (key: string, raw: string): number => (key.length + raw.length) * 2;

export interface KeptItem {
  key: string;
  label: string;
  bytes: number;
}

export interface ToolData {
  tool: StoredTool;
  items: KeptItem[];
  bytes: number;
}

export interface AsideItem {
  /** The set-aside key. */
  key: string;
  /** The key it was stored under. */
  of: string;
  tool: StoredTool | undefined;
  label: string;
  date: string;
  reason: AsideReason | 'unknown';
  bytes: number;
  /** True when the copy passes today's rules, so it can be put back. */
  restorable: boolean;
}

export interface Inventory {
  tools: ToolData[];
  aside: AsideItem[];
  /** Keys of the site that no tool claims (from an older or newer version). */
  other: KeptItem[];
  bytes: number;
}

/** Every key of the site in this browser's storage, sorted. */
function siteKeys(): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k?.startsWith(SITE_PREFIX)) keys.push(k);
    }
  } catch {
    /* storage unavailable: nothing kept */
  }
  return keys.sort();
}

function labelOf(entry: StoredKey, key: string): string {
  return entry.prefix ? `${entry.label}: ${key.slice(entry.key.length)}` : entry.label;
}

/** Everything kept, per tool, with sizes; set-aside copies newest first. */
export function inventory(): Inventory {
  const tools = STORED_TOOLS.map((tool): ToolData => ({ tool, items: [], bytes: 0 }));
  const aside: AsideItem[] = [];
  const other: KeptItem[] = [];
  let bytes = 0;
  for (const key of siteKeys()) {
    const raw = readKey(key);
    if (raw === null) continue;
    const size = sizeOf(key, raw);
    bytes += size;
    const copy = parseAsideKey(key);
    if (copy) {
      const found = findStored(copy.key);
      const check = found ? checkRule(found.entry.rule, raw) : undefined;
      aside.push({
        key,
        of: copy.key,
        tool: found?.tool,
        label: found ? labelOf(found.entry, copy.key) : copy.key,
        date: copy.date,
        reason: copy.reason,
        bytes: size,
        restorable: !!check?.ok,
      });
      continue;
    }
    const found = findStored(key);
    const item = { key, label: found ? labelOf(found.entry, key) : key, bytes: size };
    if (!found) {
      other.push(item);
      continue;
    }
    const data = tools.find((t) => t.tool === found.tool)!;
    data.items.push(item);
    data.bytes += size;
  }
  aside.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return { tools, aside, other, bytes };
}

/** The raw text of a stored or set-aside value, for a download. */
export function rawOf(key: string): string | null {
  return readKey(key);
}

export type RestoreResult =
  | { ok: true; soort: 'teruggezet' | 'samengevoegd'; toegevoegd: number; teVeel: number; kopieBlijft: boolean }
  | { ok: false; reden: 'gone' | 'invalid' | 'full' };

/**
 * Puts a set-aside copy back. A list is merged by id into what is stored now (what
 * does not fit stays in the copy); a single value replaces the current one, which is
 * first set aside itself. The copy is removed only when all of it is back.
 */
export function restoreAside(asideKey: string): RestoreResult {
  const copy = parseAsideKey(asideKey);
  const raw = readKey(asideKey);
  const found = copy && findStored(copy.key);
  if (!copy || raw === null || !found) return { ok: false, reden: 'gone' };
  const checked = checkRule(found.entry.rule, raw);
  if (!checked.ok) return { ok: false, reden: 'invalid' };
  const rule = found.entry.rule;
  const current = readKey(copy.key);
  const list = rule.kind === 'persisted' ? rule.options.list : undefined;
  if (rule.kind === 'persisted' && list && current !== null) {
    const now = checkRule(rule, current);
    const base = now.ok ? (now.value as { id: string }[]) : [];
    if (!now.ok && setAside(copy.key, current, 'replaced') === undefined) return { ok: false, reden: 'full' };
    const merged = mergeById(base, checked.value as { id: string }[], list.max);
    if (!writeKey(copy.key, encodeStored(rule.options.version, merged.lijst))) return { ok: false, reden: 'full' };
    const kopieBlijft = merged.teVeel > 0 || checked.dropped > 0;
    if (!kopieBlijft) removeKey(asideKey);
    return { ok: true, soort: 'samengevoegd', toegevoegd: merged.toegevoegd, teVeel: merged.teVeel, kopieBlijft };
  }
  if (current !== null && current !== raw && setAside(copy.key, current, 'replaced') === undefined) {
    return { ok: false, reden: 'full' };
  }
  const value =
    rule.kind === 'persisted' && checked.dropped > 0 ? encodeStored(rule.options.version, checked.value) : raw;
  if (!writeKey(copy.key, value) || readKey(copy.key) !== value) return { ok: false, reden: 'full' };
  if (checked.dropped === 0) removeKey(asideKey);
  return { ok: true, soort: 'teruggezet', toegevoegd: 1, teVeel: 0, kopieBlijft: checked.dropped > 0 };
}

/** Deletes one key (a set-aside copy, or an unclaimed key). */
export function deleteKey(key: string): void {
  removeKey(key);
}

/** Deletes what a tool keeps (not its set-aside copies: those are listed on their own). */
export function deleteTool(id: string): number {
  const tool = STORED_TOOLS.find((t) => t.id === id);
  if (!tool) return 0;
  let n = 0;
  for (const key of siteKeys()) {
    if (parseAsideKey(key)) continue;
    if (findStored(key)?.tool === tool) {
      removeKey(key);
      n++;
    }
  }
  return n;
}

/** Deletes everything the site keeps in this browser, set-aside copies included. */
export function deleteAll(): number {
  const keys = siteKeys();
  for (const key of keys) removeKey(key);
  return keys.length;
}

const MAX_KEY = 300;

/** The file with everything: every key of the site and its stored text, exactly as kept. */
export const ALL_FORMAT: TransferFormat<Record<string, string>> = {
  soort: 'zelfsturing-gegevens',
  versie: 1,
  veld: 'opslag',
  validate: (value) => {
    if (!isRecord(value)) return undefined;
    const entries = Object.entries(value);
    const ok = entries.every(
      ([k, v]) => k.startsWith(SITE_PREFIX) && k.length <= MAX_KEY && typeof v === 'string',
    );
    return ok ? (Object.fromEntries(entries) as Record<string, string>) : undefined;
  },
};

/** Largest file of everything read, in characters (storage itself holds about 5 million). */
export const MAX_ALL_CHARS = 6_000_000;

/** Everything kept, as one export file. */
export function exportAll(now = new Date()): string {
  const data: Record<string, string> = {};
  for (const key of siteKeys()) {
    const raw = readKey(key);
    if (raw !== null) data[key] = raw;
  }
  return encodeTransfer(ALL_FORMAT, data, now);
}

export type ImportAllResult =
  | { ok: true; toegevoegd: number; alAanwezig: number; apart: number; mislukt: number }
  | { ok: false; reden: ImportError };

/**
 * Reads a file of everything. Nothing already here is written over: a key that is
 * not here is added; a list is merged by id; any other value that differs from the
 * one here is kept as a set-aside copy, to restore if wanted. What does not pass
 * today's rules is kept as a set-aside copy too.
 */
export function importAll(text: string, now = new Date()): ImportAllResult {
  const parsed = parseTransfer(text, ALL_FORMAT, MAX_ALL_CHARS);
  if (!parsed.ok) return parsed;
  let toegevoegd = 0;
  let alAanwezig = 0;
  let apart = 0;
  let mislukt = 0;
  const aside = (key: string, raw: string, reason: AsideReason) => {
    if (setAside(key, raw, reason, now) === undefined) mislukt++;
    else apart++;
  };
  for (const [key, raw] of Object.entries(parsed.data)) {
    const current = readKey(key);
    if (current === raw) {
      alAanwezig++;
      continue;
    }
    const found = parseAsideKey(key) ? undefined : findStored(key);
    if (!found) {
      // A set-aside copy or a key no tool claims: added when absent, never written over.
      if (current === null) {
        if (writeKey(key, raw)) toegevoegd++;
        else mislukt++;
      } else aside(parseAsideKey(key)?.key ?? key, raw, 'imported');
      continue;
    }
    const checked = checkRule(found.entry.rule, raw);
    if (!checked.ok) {
      aside(key, raw, checked.reason as AsideReason);
      continue;
    }
    const rule = found.entry.rule;
    if (current === null) {
      if (writeKey(key, raw)) toegevoegd++;
      else mislukt++;
      continue;
    }
    const list = rule.kind === 'persisted' ? rule.options.list : undefined;
    const now_ = checkRule(rule, current);
    if (rule.kind === 'persisted' && list && now_.ok) {
      const merged = mergeById(now_.value as { id: string }[], checked.value as { id: string }[], list.max);
      if (merged.toegevoegd > 0) {
        if (writeKey(key, encodeStored(rule.options.version, merged.lijst))) toegevoegd += merged.toegevoegd;
        else mislukt++;
      } else alAanwezig++;
      if (merged.teVeel > 0) aside(key, raw, 'imported');
      continue;
    }
    aside(key, raw, 'imported');
  }
  return { ok: true, toegevoegd, alAanwezig, apart, mislukt };
}
