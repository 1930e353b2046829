// Small pieces the stores rely on: ids for new records, the names of set-aside copies,
// the Dutch text of each storage notice, and a stale quiz round without answers.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from '@/lib/storage/id';
import { parseAsideKey } from '@/lib/storage/aside-parse';
import { withoutUnknown } from '@/lib/quiz/stale';
import { describe as describeNotice } from '@/stores/persisted-repair';
import { storageStrings } from '@/strings/storage';

afterEach(() => vi.unstubAllGlobals());

describe('newId', () => {
  it('uses randomUUID where the browser has it', () => {
    vi.stubGlobal('crypto', { randomUUID: () => 'uuid-1' });
    expect(newId()).toBe('uuid-1');
  });

  it('still makes distinct ids without randomUUID (plain http)', () => {
    vi.stubGlobal('crypto', {});
    const ids = new Set(Array.from({ length: 50 }, () => newId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
  });
});

describe('parseAsideKey', () => {
  it('reads key, date and reason of a copy; an unknown reason reads as unknown', () => {
    expect(parseAsideKey('zelfsturing:quiz:apart:2025-01-01T00:00:00.000Z:corrupt~2')).toEqual({
      key: 'zelfsturing:quiz',
      date: '2025-01-01T00:00:00.000Z',
      reason: 'corrupt',
    });
    expect(parseAsideKey('zelfsturing:quiz:apart:2025-01-01T00:00:00.000Z:verzonnen')?.reason).toBe(
      'unknown',
    );
    expect(parseAsideKey('zelfsturing:quiz')).toBeUndefined();
  });
});

describe('storage notices', () => {
  it('says how many entries were set aside, one when not known', () => {
    expect(describeNotice('partial', 3)).toBe(storageStrings.partial(3));
    expect(describeNotice('partial')).toBe(storageStrings.partial(1));
  });

  it('names the list and its limit when known', () => {
    expect(describeNotice('limit', { max: 200, noun: 'doelkaarten' })).toBe(
      'Je hebt 200 doelkaarten; verwijder of exporteer er eerst een.',
    );
    expect(describeNotice('limit')).toBe(storageStrings.limit);
  });

  it('falls back to "unknown shape" for a kind without a text of its own', () => {
    expect(describeNotice('replaced')).toBe(storageStrings.invalid);
    expect(describeNotice('corrupt')).toBe(storageStrings.corrupt);
  });
});

describe('withoutUnknown', () => {
  it('a stored round without its record of answers still loses only the unknown statements', () => {
    const s = { ids: ['a', 'weg', 'b'], index: 2, keuze: [], herhaling: false } as unknown as {
      ids: string[];
      index: number;
      antwoorden: Record<string, string>;
    };
    const { session, dropped } = withoutUnknown(s, new Set(['a', 'b']), 'zelf');
    expect(dropped).toEqual(['weg']);
    expect(session).toMatchObject({ ids: ['a', 'b'], index: 1, antwoorden: {} });
  });
});
