import { beforeEach, describe, expect, it } from 'vitest';
import {
  $mindsetAnswers,
  $mindsetArea,
  $mindsetResults,
  areaLabel,
  chooseArea,
  deleteAllResults,
  deleteResult,
  setAnswer,
  setOwnArea,
  startNewTest,
  submitTest,
} from '@/stores/mindset';
import { $areaOverview, exportResults, importResults } from '@/stores/mindset-data';
import type { Position } from '@/lib/mindset/score';

function answerAll(p: Position) {
  for (let n = 1; n <= 10; n++) setAnswer(n, p);
}

beforeEach(() => {
  deleteAllResults();
  startNewTest();
});

describe('mindset store', () => {
  it('refuses a partial test, names what is missing and keeps the answers', () => {
    setAnswer(1, 4);
    setAnswer(3, 2);
    const uitkomst = submitTest();
    expect(uitkomst).toEqual({
      ok: false,
      ontbrekend: [2, 4, 5, 6, 7, 8, 9, 10],
      areaMissing: true,
    });
    expect($mindsetAnswers.get().slice(0, 3)).toEqual([4, null, 2]);
    expect($mindsetResults.get()).toEqual([]);
  });

  it('needs own words when the area is "anders"', () => {
    chooseArea('anders');
    expect(areaLabel($mindsetArea.get())).toBeUndefined();
    setOwnArea('  Muziek   maken ');
    expect(areaLabel($mindsetArea.get())).toBe('Muziek maken');
  });

  it('saves a complete test with date and area, then starts afresh', () => {
    chooseArea('werk');
    answerAll(5);
    const uitkomst = submitTest(new Date('2025-05-01T08:00:00.000Z'));
    expect(uitkomst.ok).toBe(true);
    expect($mindsetResults.get()).toHaveLength(1);
    expect($mindsetResults.get()[0]).toMatchObject({
      gebied: 'Werk',
      datum: '2025-05-01T08:00:00.000Z',
      antwoorden: Array(10).fill(5),
    });
    expect($mindsetAnswers.get()).toEqual(Array(10).fill(null));
    expect($mindsetArea.get().soort).toBeNull();
    expect($areaOverview.get()[0]?.laatste.totaal).toBe(50);
  });

  it('deletes one result, and imports an export without touching existing results', () => {
    chooseArea('sport');
    answerAll(2);
    submitTest();
    chooseArea('relaties');
    answerAll(4);
    submitTest();
    const bestand = exportResults();
    const [eerste] = $mindsetResults.get();
    deleteResult(eerste!.id);
    expect($mindsetResults.get().map((r) => r.gebied)).toEqual(['Relaties']);

    expect(importResults('{"iets": "anders"}')).toEqual({ ok: false, reden: 'unknown-kind' });
    expect($mindsetResults.get()).toHaveLength(1);

    expect(importResults(bestand)).toEqual({ ok: true, toegevoegd: 1, alAanwezig: 1, teVeel: 0 });
    expect($mindsetResults.get().map((r) => r.gebied)).toEqual(['Relaties', 'Sport']);
  });
});
