/** Dutch text of the doelkaart (/doelen/, step 6): the card, saving, the saved cards, export and import. */
import type { ImportError } from '@/lib/storage/transfer';

/** Labels and plan sentences of the card are data of the goal logic. */
export { cardText as cardStrings } from '../lib/goals/card-text.ts';

/** Island, step: kaart. */
export const doelkaartStrings = {
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
  weggooienVraag: 'Je doelkaart is nog niet bewaard. Weggooien en een nieuwe beginnen?',
  problemen: {
    'geen-doel': 'Vul eerst een leerdoel in (stap 2).',
    'doel-te-lang': 'Je leerdoel is langer dan 500 tekens. Maak het korter.',
    'oorspronkelijk-te-lang': 'Je doel in stap 1 is langer dan 500 tekens. Maak het korter.',
    'te-veel-kaarten':
      'Je hebt 200 doelkaarten. Verwijder er eerst een, of download ze en verwijder er dan een.',
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
  importErrors: {
    empty: 'Het bestand is leeg.',
    'too-large': 'Het bestand is te groot.',
    'not-json':
      'Dit bestand kunnen we niet lezen. Kies een bestand met doelkaarten dat je hier eerder hebt gedownload.',
    'unknown-kind': 'Dit is geen bestand met doelkaarten van deze site.',
    'newer-version': 'Dit bestand komt uit een nieuwere versie van de site. Er is niets veranderd.',
    'other-version': 'Dit bestand komt uit een andere versie van de site. Er is niets veranderd.',
    invalid: 'Het bestand met doelkaarten is beschadigd. Er is niets veranderd.',
  } satisfies Record<ImportError, string>,
  teVeel: (n: number) =>
    n === 1 ? '1 doelkaart paste er niet meer bij.' : `${n} doelkaarten pasten er niet meer bij.`,
  gewijzigd: (datum: string) => `Laatst gewijzigd: ${datum}`,
  voorbeeldKop: 'Voorbeeld van je doelkaart',
} as const;
