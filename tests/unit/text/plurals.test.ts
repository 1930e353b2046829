// Counts in the tools' messages read as correct Dutch for one as well as for many.
import { describe, expect, it } from 'vitest';
import { doelkaartStrings } from '@/strings/goals-card';
import { resultsStrings } from '@/strings/mindset-results';
import { presenterStrings } from '@/strings/quiz-klas-presenter';

describe('one and many', () => {
  it('the presenter timer: "nog 1 seconde", "nog 5 seconden"', () => {
    expect(presenterStrings.tijdOver(1)).toBe('nog 1 seconde');
    expect(presenterStrings.tijdOver(5)).toBe('nog 5 seconden');
  });

  it('goal cards that did not fit', () => {
    expect(doelkaartStrings.teVeel(1)).toBe('1 doelkaart paste er niet meer bij.');
    expect(doelkaartStrings.teVeel(3)).toBe('3 doelkaarten pasten er niet meer bij.');
  });

  it('mindset results: change in points, and results that did not fit', () => {
    const v = resultsStrings.vergelijking;
    expect(v.verandering(1, 2)).toBe(
      '2 keer ingevuld; nu 1 punt meer naar groei dan de eerste keer.',
    );
    expect(v.verandering(-4, 3)).toBe(
      '3 keer ingevuld; nu 4 punten meer naar vast dan de eerste keer.',
    );
    expect(resultsStrings.gegevens.geimporteerd(0, 0, 1)).toBe(
      '0 uitslagen toegevoegd. 1 paste er niet meer bij. Verwijder eerst oude uitslagen.',
    );
    expect(resultsStrings.gegevens.geimporteerd(1, 0, 2)).toBe(
      '1 uitslag toegevoegd. 2 pasten er niet meer bij. Verwijder eerst oude uitslagen.',
    );
  });
});
