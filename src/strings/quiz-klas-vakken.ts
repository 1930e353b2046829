// Text of the stored sessions in classroom mode (src/islands/quiz/Slots.tsx). Apart from
// ./quiz-klas because that part loads only when a session is stored on this device;
// the classroom page is at its JS budget.
/** Classroom mode: a session stored on this device, and what happens to it when another set starts. */
export const slotsStrings = {
  lopendKop: 'Er loopt nog een presentatie',
  lopend: (nr: number, totaal: number) =>
    `Op dit apparaat staat een presentatie die nog niet klaar is (bij stelling ${nr} van ${totaal}).`,
  hervat: 'Ga verder met die presentatie',
  eerderKop: 'Deze set is eerder gepresenteerd op dit apparaat',
  hervatVorige: 'Hervat de vorige sessie',
  verwerp: 'Stop die presentatie',
  kiesKop: 'Er loopt nog een presentatie',
  kiesUitleg: (nr: number, totaal: number) =>
    `Die staat bij stelling ${nr} van ${totaal}. Wat wil je ermee doen voordat de nieuwe set begint?`,
  bewaarEnStart: 'Bewaren in het tweede vak en de nieuwe set starten',
  stopEnStart: 'Stoppen (stemmen gaan verloren) en de nieuwe set starten',
  annuleer: 'Annuleren',
  parkeerMislukt:
    'De presentatie in het tweede vak kon niet apart worden gezet: de opslag van deze browser is vol. Er is niets veranderd.',
  tweedeKop: 'In het tweede vak',
  tweede: (nr: number, totaal: number) => `staat een presentatie bij stelling ${nr} van ${totaal}.`,
  hervatTweede: 'Die hervatten',
  stopTweede: 'Die stoppen',
  stopTweedeVraag: 'Wil je de presentatie in het tweede vak stoppen? De stemmen gaan verloren.',
} as const;
