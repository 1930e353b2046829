import { describe, expect, it } from 'vitest';
import { decodePaginaAntwoorden, encodePaginaAntwoorden, PAGINA_VERSIE } from '@/lib/quiz/page-answers';
import { decodeStored, encodeStored } from '@/lib/storage/versioned';
import { validateAntwoorden } from '@/lib/quiz/answers';

// The in-chapter quiz uses its own tiny codec; it must read and write exactly what the
// shared versioned envelope does.
const samples: string[] = [
  encodeStored(PAGINA_VERSIE, { 'h5-a': 'waar', 'h6-b': 'misvatting' }),
  encodeStored(PAGINA_VERSIE, {}),
  encodeStored(PAGINA_VERSIE + 1, { 'h5-a': 'waar' }),
  encodeStored(PAGINA_VERSIE, { 'h5-a': 'misschien' }),
  encodeStored(PAGINA_VERSIE, { 'H5 A': 'waar' }),
  encodeStored(PAGINA_VERSIE, ['waar']),
  encodeStored(PAGINA_VERSIE, null),
  encodeStored(PAGINA_VERSIE, 'waar'),
  '{"v":1}',
  '{kapot',
  'null',
  '12',
  '"tekst"',
];

describe('page answers codec', () => {
  it('writes the shared envelope', () => {
    const antwoorden = { 'h5-a': 'waar' as const };
    expect(encodePaginaAntwoorden(antwoorden)).toBe(encodeStored(PAGINA_VERSIE, antwoorden));
  });

  it.each(samples)('reads %s like decodeStored does', (raw) => {
    const shared = decodeStored(raw, PAGINA_VERSIE, validateAntwoorden);
    expect(decodePaginaAntwoorden(raw)).toEqual(shared.ok ? shared.data : undefined);
  });
});
