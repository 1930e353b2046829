/** Dutch text of the doelkaart (/doelen/, step 6): the card, saving, the saved cards, export and import. */

/** Labels and plan sentences of the card are data of the goal logic. */
export { cardText as cardStrings } from '../lib/goals/card-text.ts';

/** Island, step: kaart. */
export const kaartUi = {
  kop: '5. Je doelkaart',
  uitleg:
    'Zo ziet je doelkaart eruit. Je kunt hem bewaren op dit apparaat, afdrukken of downloaden.',
  bewaar: 'Doelkaart bewaren',
  bijwerken: 'Wijzigingen bewaren',
  nieuw: 'Nieuwe doelkaart beginnen',
  bewaard: 'De doelkaart is bewaard op dit apparaat.',
  bijgewerkt: 'De doelkaart is bijgewerkt.',
  nietBewaard: 'De doelkaart staat alleen in dit venster. Deze browser bewaart niets.',
  nieuwGestart: 'Je bent een nieuwe doelkaart begonnen.',
  problemen: {
    'geen-doel': 'Vul eerst een leerdoel in (stap 2).',
    'doel-te-lang': 'Je leerdoel is langer dan 500 tekens. Maak het korter.',
    'oorspronkelijk-te-lang': 'Je doel in stap 1 is langer dan 500 tekens. Maak het korter.',
  },
  lijstKop: 'Bewaarde doelkaarten',
  leeg: 'Je hebt nog geen doelkaarten bewaard.',
  bewerken: 'Bewerken',
  bewerkenLabel: (doel: string) => `Bewerken: ${doel}`,
  bewerkt:
    'De doelkaart staat nu in de doelenhulp. Pas aan wat je wilt. Bewaar daarna de wijzigingen.',
  verwijderen: 'Verwijderen',
  verwijderenLabel: (doel: string) => `Verwijderen: ${doel}`,
  zeker: 'Zeker weten?',
  jaVerwijder: 'Ja, verwijderen',
  jaVerwijderLabel: (doel: string) => `Ja, verwijderen: ${doel}`,
  annuleer: 'Nee, laten staan',
  verwijderd: 'De doelkaart is verwijderd.',
  afdrukweergave: 'Afdrukweergave',
  afdrukweergaveLabel: (doel: string) => `Afdrukweergave: ${doel}`,
  afdrukken: 'Afdrukken',
  terug: 'Terug naar de doelenhulp',
  tekst: 'Download als tekst',
  tekstLabel: (doel: string) => `Download als tekst: ${doel}`,
  json: 'Alle doelkaarten downloaden als bestand',
  openen: 'Doelkaarten openen uit een bestand',
  importOk: (n: number, dubbel: number) =>
    `${n === 1 ? 'Eén doelkaart' : `${n} doelkaarten`} toegevoegd.${dubbel ? ` ${dubbel === 1 ? 'Eén stond' : `${dubbel} stonden`} er al.` : ''}`,
  importFout: {
    leeg: 'Het bestand is leeg.',
    'te-groot': 'Het bestand is te groot.',
    'geen-json':
      'Dit bestand kunnen we niet lezen. Kies een bestand met doelkaarten dat je hier eerder hebt gedownload.',
    onbekend: 'Dit is geen bestand met doelkaarten van deze site.',
    ongeldig:
      'Het bestand met doelkaarten is beschadigd, of het komt uit een andere versie. Er is niets veranderd.',
  },
  teVeel: (n: number) => `${n} doelkaarten pasten er niet meer bij.`,
  gewijzigd: (datum: string) => `Laatst gewijzigd: ${datum}`,
  voorbeeldKop: 'Voorbeeld van je doelkaart',
} as const;
