/** Classroom mode on /quiz/klas/: notices about a set in the page's link (loaded only with one). */
export const setLinkStrings = {
  setOnbekend: (ids: string) => `Deze stellingen bestaan niet (meer) en zijn weggelaten: ${ids}.`,
  setDubbel: (ids: string) =>
    `Deze stellingen stonden er meer dan eens in; ze komen één keer: ${ids}.`,
  setOngeldig: (ids: string) =>
    `Deze delen van de link zijn geen stelling en zijn overgeslagen: ${ids}.`,
  setTeLang: 'De link bevatte meer stellingen dan we lezen; de rest is weggelaten.',
  setLeegLink:
    'In deze link staat geen enkele geldige stelling. Stel hieronder zelf een set samen, of vraag om een nieuwe link.',
} as const;
