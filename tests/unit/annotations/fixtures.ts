// One stored highlight, as this browser keeps it, for the annotation tests.
export const T = '2026-12-01T10:00:00.000Z';

export const highlight = {
  id: 'a1',
  pagina: 'studie/5-doelen/',
  quote: { type: 'TextQuoteSelector', exact: 'leerdoel', prefix: 'een ', suffix: ' stelt' },
  position: { type: 'TextPositionSelector', start: 10, end: 18 },
  kleur: 'groen',
  notitie: 'Mooi',
  gemaakt: T,
  gewijzigd: T,
};
