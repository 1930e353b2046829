// What /mijn-gegevens/ does with the data kept in this browser: list it per tool with
// its size, list the set-aside copies (download, restore where valid again, delete),
// export everything as one file and import it, delete per tool or all. Nothing here
// deletes an original before its replacement or copy is confirmed written.
import { parseAsideKey } from '@/lib/storage/aside-parse';
import { encodeTransfer, mergeById, parseTransfer, type ImportError, type TransferFormat } from '@/lib/storage/transfer';
import type { DecodeFailure } from '@/lib/storage/versioned';

// The {"v","data"} envelope as src/lib/storage/versioned.ts reads and writes it. A copy on
// purpose: importing that module here would split it off the chunk every tool loads
// first (see docs/ARCHITECTURE.md); tests/unit/storage/my-data.test.ts keeps them in step.
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const encodeStored = (version: number, data: unknown) => JSON.stringify({ v: version, data });

/** Reads an envelope without looking at its data; never throws. */
export function readEnvelope(raw: string, version: number): { ok: true; data: unknown } | { ok: false; reason: DecodeFailure } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (!isRecord(parsed) || !('v' in parsed) || !('data' in parsed)) return { ok: false, reason: 'invalid' };
  if (typeof parsed.v === 'number' && parsed.v > version) return { ok: false, reason: 'newer' };
  return parsed.v === version ? { ok: true, data: parsed.data } : { ok: false, reason: 'version' };
}
import { copyAside, type AsideReason, type KeyStore } from '@/lib/storage/aside';
import { findStored, SITE_PREFIX, STORED_TOOLS, type StoredKey, type StoredTool } from '@/stores/registry';

type Entry = { id: string };
type Checked = { ok: true; data: unknown } | { ok: false; reason: DecodeFailure };

/**
 * What this page can tell of a stored value: whether its envelope is of the version the
 * tool reads (and, for a list, whether it is a list). The entries themselves are checked
 * by the tool when it loads them: valid ones are kept, the rest set aside again.
 */
function checkRaw(entry: StoredKey, raw: string): Checked {
  if (entry.values) return entry.values.includes(raw) ? { ok: true, data: raw } : { ok: false, reason: 'invalid' };
  const opened = readEnvelope(raw, entry.version ?? 1);
  if (opened.ok && entry.max !== undefined && !Array.isArray(opened.data)) return { ok: false, reason: 'invalid' };
  return opened;
}

/** The entries of a list that have an id (the ones a merge can place). */
const withId = (data: unknown): Entry[] =>
  Array.isArray(data) ? data.filter((e): e is Entry => isRecord(e) && typeof e.id === 'string') : [];

// This page works on the browser's storage itself (not through the tools' stores, whose
// code it then does not share): what is kept is what is in localStorage.
const local: KeyStore = {
  read(key) {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  write(key, value) {
    try {
      localStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
  remove(key) {
    try {
      localStorage.removeItem(key);
    } catch {
      /* nothing to remove */
    }
  },
};
/** True when this browser lets the site keep data (not in some private windows). */
export function storageWorks(): boolean {
  try {
    localStorage.getItem('__probe__');
    return true;
  } catch {
    return false;
  }
}

const readKey = local.read;
const writeKey = local.write;
const removeKey = local.remove;
const setAside = (key: string, raw: string, reason: AsideReason, now = new Date()) => copyAside(local, key, raw, reason, now);

/** Bytes a key and its value take in the browser's storage (UTF-16). */
export const sizeOf = (key: string, raw: string): number => (key.length + raw.length) * 2;

export interface KeptItem {
  key: string;
  label: string;
  bytes: number;
  /** False when the tool cannot read it (it will set it aside when it next opens). */
  readable: boolean;
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
      const check = found ? checkRaw(found.entry, raw) : undefined;
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
    const item = { key, label: found ? labelOf(found.entry, key) : key, bytes: size, readable: !!found && checkRaw(found.entry, raw).ok };
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
  const { entry } = found;
  const checked = checkRaw(entry, raw);
  if (!checked.ok) return { ok: false, reden: 'invalid' };
  const current = readKey(copy.key);
  if (entry.max !== undefined && current !== null) {
    const now = checkRaw(entry, current);
    const base = now.ok ? withId(now.data) : [];
    // Whatever of the current value a merge would not carry over is set aside first.
    const whole = now.ok && base.length === (now.data as unknown[]).length;
    if (!whole && setAside(copy.key, current, 'replaced') === undefined) return { ok: false, reden: 'full' };
    const incoming = withId(checked.data);
    const merged = mergeById(base, incoming, entry.max);
    if (!writeKey(copy.key, encodeStored(entry.version ?? 1, merged.list))) return { ok: false, reden: 'full' };
    const kopieBlijft = merged.teVeel > 0 || incoming.length < (checked.data as unknown[]).length;
    if (!kopieBlijft) removeKey(asideKey);
    return { ok: true, soort: 'samengevoegd', toegevoegd: merged.toegevoegd, teVeel: merged.teVeel, kopieBlijft };
  }
  if (current !== null && current !== raw && setAside(copy.key, current, 'replaced') === undefined) {
    return { ok: false, reden: 'full' };
  }
  if (!writeKey(copy.key, raw) || readKey(copy.key) !== raw) return { ok: false, reden: 'full' };
  removeKey(asideKey);
  return { ok: true, soort: 'teruggezet', toegevoegd: 1, teVeel: 0, kopieBlijft: false };
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
    const { entry } = found;
    const checked = checkRaw(entry, raw);
    if (!checked.ok) {
      aside(key, raw, checked.reason);
      continue;
    }
    if (current === null) {
      if (writeKey(key, raw)) toegevoegd++;
      else mislukt++;
      continue;
    }
    const now = checkRaw(entry, current);
    if (entry.max !== undefined && now.ok && withId(now.data).length === (now.data as unknown[]).length) {
      const incoming = withId(checked.data);
      const merged = mergeById(withId(now.data), incoming, entry.max);
      if (merged.toegevoegd > 0) {
        if (writeKey(key, encodeStored(entry.version ?? 1, merged.list))) toegevoegd += merged.toegevoegd;
        else mislukt++;
      } else alAanwezig++;
      // What did not fit, or has no id, stays whole in a copy.
      if (merged.teVeel > 0 || incoming.length < (checked.data as unknown[]).length) aside(key, raw, 'imported');
      continue;
    }
    aside(key, raw, 'imported');
  }
  return { ok: true, toegevoegd, alAanwezig, apart, mislukt };
}
