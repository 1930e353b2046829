import { describe, it, expect } from 'vitest';
import { feedbackText, scoreText, progressText } from '../../../src/lib/sorting/strings';

describe('sorting strings', () => {
  it('formats the score as "x van de y goed"', () => {
    expect(scoreText(14, 20)).toBe('14 van de 20 goed');
  });

  it('formats progress', () => {
    expect(progressText(7, 20)).toBe('7 van de 20 beantwoord');
  });

  it('names the verdict, the orientation and the dimension', () => {
    const goed = feedbackText(true, 'leergericht', 'Fouten');
    expect(goed.startsWith('Goed.')).toBe(true);
    expect(goed).toContain('leergerichte houding');
    expect(goed).toContain('Fouten');
    const fout = feedbackText(false, 'prestatiegericht', 'Focus');
    expect(fout.startsWith('Niet goed.')).toBe(true);
    expect(fout).toContain('prestatiegerichte houding');
  });
});
