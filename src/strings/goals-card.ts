/** Dutch text of the doelkaart (/doelen/, step 6): the card, saving, the saved cards, export and import. */
import type { ImportError } from '@/lib/storage/transfer';

/** The doelkaart. */
export const cardStrings = {
  /** An if-then plan as one sentence. */
  startZin: (wanneer: string, waar: string, hoe: string) =>
    /^(als|zodra|wanneer|nadat)\b/i.test(wanneer)
      ? `${wanneer[0]!.toUpperCase()}${wanneer.slice(1)} en ik ben ${waar || '…'}, dan ${hoe ? `${hoe}.` : '…'}`
      : `Als het ${wanneer || '…'} is en ik ben ${waar || '…'}, dan ${hoe ? `${hoe}.` : '…'}`,
  obstakelZin: (als: string, dan: string) => `Als ${als || '…'}, dan ${dan ? `${dan}.` : '…'}`,
  /** Labels of the doelkaart (screen, print and text export). */
  titel: 'Doelkaart',
  leerdoel: 'Leerdoel',
  oorspronkelijk: 'Oorspronkelijk doel',
  strategieen: 'Strategieën',
  obstakels: 'Obstakels en als-dan-plannen',
  startplannen: 'Plannen om te beginnen',
  geen: 'nog niets ingevuld',
  gewijzigd: 'Laatst gewijzigd',
} as const;

/** Island, step: kaart. */
export const kaartUi = {
  kop: '6. Je doelkaart',
  uitleg: 'Zo ziet je doelkaart eruit. Bewaar hem op dit apparaat, druk hem af of download hem.',
  bewaar: 'Doelkaart bewaren',
  bijwerken: 'Wijzigingen bewaren',
  nieuw: 'Nieuwe doelkaart beginnen',
  bewaard: 'De doelkaart is bewaard op dit apparaat.',
  bijgewerkt: 'De doelkaart is bijgewerkt.',
  nietBewaard: 'De doelkaart staat alleen in dit venster: deze browser bewaart niets.',
  nieuwGestart: 'Je bent een nieuwe doelkaart begonnen.',
  weggooienVraag: 'Je doelkaart is nog niet bewaard. Weggooien en een nieuwe beginnen?',
  problemen: {
    'geen-doel': 'Vul eerst een leerdoel in (stap 2).',
    'doel-te-lang': 'Je leerdoel is langer dan 500 tekens; maak het korter.',
    'oorspronkelijk-te-lang': 'Je doel in stap 1 is langer dan 500 tekens; maak het korter.',
    'te-veel-kaarten': 'Je hebt 200 doelkaarten; verwijder of exporteer er eerst een.',
  },
  lijstKop: 'Bewaarde doelkaarten',
  leeg: 'Je hebt nog geen doelkaarten bewaard.',
  bewerken: 'Bewerken',
  bewerkenLabel: (doel: string) => `Bewerken: ${doel}`,
  bewerkt: 'De doelkaart staat nu in de doelenhulp; pas aan wat je wilt en bewaar de wijzigingen.',
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
  json: 'Alle doelkaarten downloaden (JSON)',
  openen: 'Doelkaarten openen uit een bestand',
  importOk: (n: number, dubbel: number) =>
    `${n === 1 ? 'Eén doelkaart' : `${n} doelkaarten`} toegevoegd.${dubbel ? ` ${dubbel === 1 ? 'Eén stond' : `${dubbel} stonden`} er al.` : ''}`,
  importFout: {
    empty: 'Het bestand is leeg.',
    'too-large': 'Het bestand is te groot.',
    'not-json':
      'Dit bestand kunnen we niet lezen; kies een JSON-bestand dat je hier eerder hebt gedownload.',
    'unknown-kind': 'Dit is geen bestand met doelkaarten van deze site.',
    'newer-version':
      'Dit bestand met doelkaarten komt uit een nieuwere versie van de site; er is niets veranderd.',
    'other-version':
      'Dit bestand met doelkaarten komt uit een andere versie van de site; er is niets veranderd.',
    invalid: 'Het bestand met doelkaarten is beschadigd; er is niets veranderd.',
  } satisfies Record<ImportError, string>,
  teVeel: (n: number) => `${n} doelkaarten pasten er niet meer bij.`,
  gewijzigd: (datum: string) => `Laatst gewijzigd: ${datum}`,
  voorbeeldKop: 'Voorbeeld van je doelkaart',
} as const;
