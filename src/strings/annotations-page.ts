// The texts of the page "Mijn aantekeningen": list, filters, export, import, delete.
export { colourNames } from './annotations';

/** "1 aantekening", "3 aantekeningen". */
const count = (n: number) => `${n} ${n === 1 ? 'aantekening' : 'aantekeningen'}`;

export const pageStrings = {
  titel: 'Mijn aantekeningen',
  intro:
    'Je markeringen en notities uit de studie en de praktijkpagina’s. Ze staan alleen in deze browser, op dit apparaat; niemand anders ziet ze.',
  hoe: 'Selecteer op een pagina van de studie tekst om die te markeren of er een notitie bij te maken, of gebruik “Notitie bij §” naast een kop.',
  leeg: 'Je hebt nog geen markeringen of notities.',
  geenTreffers: 'Geen aantekeningen gevonden met deze keuze.',
  filterKleur: 'Kleur',
  alleKleuren: 'Alle kleuren',
  zoek: 'Zoek in je aantekeningen',
  aantal: (n: number, van: number) => (n === van ? count(n) : `${n} van ${van} aantekeningen`),
  naarTekst: 'Naar de tekst',
  sectieNotitie: (label: string) => `Notitie bij ${label}`,
  zonderNotitie: 'Geen notitie',
  wees: 'Niet meer gevonden in de tekst',
  weesUitleg:
    'De tekst van deze pagina is veranderd; de markering staat hier nog met haar citaat en notitie.',
  exportMd: 'Exporteer als Markdown',
  exportJson: 'Back-up (JSON)',
  importeer: 'Back-up terugzetten',
  afdrukken: 'Afdrukken',
  wisAlles: 'Alles verwijderen',
  wisVraag: (n: number) =>
    `Weet je zeker dat je ${n === 1 ? 'je aantekening' : `alle ${n} aantekeningen`} en je leesplekken verwijdert? Dit kan niet ongedaan worden gemaakt.`,
  wisJa: 'Ja, alles verwijderen',
  wisNee: 'Nee, bewaren',
  gewist: 'Alle aantekeningen en leesplekken zijn verwijderd.',
  verwijder: 'Verwijder',
  verwijderd: 'Aantekening verwijderd.',
  geexporteerd: (n: number) => `${count(n)} geëxporteerd.`,
  geimporteerd: (naam: string, nieuw: number, dubbel: number, ongeldig: number) =>
    [
      `Uit “${naam}”: ${count(nieuw)} toegevoegd`,
      dubbel > 0 ? `${dubbel} die je al had overgeslagen` : '',
      ongeldig > 0 ? `${ongeldig} onleesbare overgeslagen` : '',
    ]
      .filter(Boolean)
      .join(', ') + '.',
  nietGeopend: (naam: string) => `“${naam}” kon niet worden geopend. Er is niets veranderd.`,
  nietGelezen: (naam: string) =>
    `“${naam}” kon niet worden gelezen. Controleer de verbinding en probeer het opnieuw; er is niets veranderd.`,
  teVeel: (max: number) =>
    `Er passen hoogstens ${max} aantekeningen in deze browser; verwijder of exporteer er eerst een paar.`,
  nietGemaakt:
    'Het bestand kon niet worden gemaakt. Controleer de verbinding en probeer het opnieuw.',
  sluiten: 'Sluiten',
} as const;
