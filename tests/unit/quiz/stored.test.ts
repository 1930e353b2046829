import { describe, expect, it } from 'vitest';
import { decodeStored, encodeStored } from '@/lib/storage/versioned';
import { startKlasSession, validateKlasSession, nextPhase } from '@/lib/quiz/presenter';
import {
  selfPlayAnswer,
  startSelfPlaySession,
  validateSelfPlaySession,
  nextStelling,
} from '@/lib/quiz/selfplay';
import { validateAnswers } from '@/lib/quiz/answers';

const klas = nextPhase(
  startKlasSession(
    ['h5-a', 'h5-b'],
    { timer: 30, tweedeStemming: 'na-oordeel' },
    new Date('2025-03-01T09:00:00Z'),
  ),
  Date.parse('2025-03-01T09:00:05Z'),
);
const zelf = nextStelling(
  selfPlayAnswer(startSelfPlaySession(['h5-a', 'h5-b', 'h8-a'], ['studie/5-doelen'], 7), 'waar'),
);

describe('stored classroom session', () => {
  it('survives a round trip', () => {
    expect(decodeStored(encodeStored(1, klas), 1, validateKlasSession)).toEqual({
      ok: true,
      data: klas,
    });
  });

  it('reports corrupt JSON, an old version and a wrong shape, without throwing', () => {
    expect(decodeStored('{"v":1,"data":', 1, validateKlasSession)).toEqual({
      ok: false,
      reason: 'corrupt',
    });
    expect(decodeStored(encodeStored(0, klas), 1, validateKlasSession)).toEqual({
      ok: false,
      reason: 'version',
    });
    expect(decodeStored(encodeStored(1, { ...klas, index: 5 }), 1, validateKlasSession)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(decodeStored('"hallo"', 1, validateKlasSession)).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('rejects each kind of damage', () => {
    const bad: unknown[] = [
      null,
      [],
      { ...klas, ids: [] },
      { ...klas, ids: ['h5-a', 'h5-a'] },
      { ...klas, ids: ['H5 A', 'h5-b'] },
      { ...klas, index: -1 },
      { ...klas, index: 0.5 },
      { ...klas, einde: 'nee' },
      { ...klas, timer: 45 },
      { ...klas, tweedeStemming: 'soms' },
      { ...klas, aftellenTot: 'straks' },
      { ...klas, gestart: 'gisteren' },
      {
        ...klas,
        rondes: {
          'h9-x': { fase: 'stelling', eerste: { waar: 0, misvatting: 0 }, onthuld: false },
        },
      },
      {
        ...klas,
        rondes: { 'h5-a': { fase: 'zingen', eerste: { waar: 0, misvatting: 0 }, onthuld: false } },
      },
      {
        ...klas,
        rondes: {
          'h5-a': { fase: 'stemmen', eerste: { waar: -3, misvatting: 0 }, onthuld: false },
        },
      },
      {
        ...klas,
        rondes: {
          'h5-a': {
            fase: 'stemmen',
            eerste: { waar: 0, misvatting: 0 },
            tweede: 'x',
            onthuld: false,
          },
        },
      },
    ];
    for (const value of bad) expect(validateKlasSession(value)).toBeUndefined();
  });

  it('drops unknown fields', () => {
    expect(validateKlasSession({ ...klas, extra: 1 })).toEqual(klas);
  });
});

describe('stored self-play round', () => {
  it('survives a round trip', () => {
    expect(decodeStored(encodeStored(1, zelf), 1, validateSelfPlaySession)).toEqual({
      ok: true,
      data: zelf,
    });
  });

  it('rejects a wrong shape', () => {
    const bad: unknown[] = [
      { ...zelf, ids: 'h5-a' },
      { ...zelf, index: 4 },
      { ...zelf, keuze: ['elders/5'] },
      { ...zelf, antwoorden: { 'h9-x': 'waar' } },
      { ...zelf, antwoorden: { 'h5-a': 'ja' } },
      { ...zelf, herhaling: 1 },
    ];
    for (const value of bad) expect(validateSelfPlaySession(value)).toBeUndefined();
  });

  it('reports an old version', () => {
    expect(decodeStored(encodeStored(0, zelf), 1, validateSelfPlaySession)).toEqual({
      ok: false,
      reason: 'version',
    });
  });
});

describe('stored answers of a reading page', () => {
  it('reports corrupt JSON and a wrong shape', () => {
    expect(decodeStored('nee{', 1, validateAnswers)).toEqual({ ok: false, reason: 'corrupt' });
    expect(decodeStored(encodeStored(1, ['waar']), 1, validateAnswers)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(decodeStored(encodeStored(1, { 'h5-a': 'waar' }), 1, validateAnswers)).toEqual({
      ok: true,
      data: { 'h5-a': 'waar' },
    });
  });
});
