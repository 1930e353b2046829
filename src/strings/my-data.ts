// Text of the page /mijn-gegevens/ ("Mijn gegevens op dit apparaat"): what the site
// keeps per tool, set-aside copies, everything as one file, deleting. Apart from
// ./storage, which every tool loads, so the tools do not carry this page's text.
import type { ImportError } from '@/lib/storage/transfer';

/** One set of messages for every import file. */
export const importErrors = {
  empty: 'Het bestand is leeg.',
  'too-large': 'Het bestand is te groot om te lezen.',
  'not-json': 'Dit bestand kunnen we niet lezen. Kies een bestand dat je eerder op deze site hebt bewaard.',
  'unknown-kind': 'Dit bestand is geen export van dit onderdeel van de site.',
  'newer-version': 'Dit bestand komt uit een nieuwere versie van de site. Er is niets veranderd.',
  'other-version': 'Dit bestand komt uit een andere versie van de site en kan hier niet worden gelezen. Er is niets veranderd.',
  invalid: 'Dit bestand is beschadigd of aangepast. Er is niets veranderd.',
} satisfies Record<ImportError, string>;

/** Names of the tools and of what each keeps, for /mijn-gegevens/. */
export const registryStrings = {
  doelen: 'Doelenhulp',
  doelkaarten: 'Bewaarde doelkaarten',
  doelconcept: 'De doelkaart waaraan je werkt',
  mindsettest: 'Mindsettest',
  uitslagen: 'Bewaarde uitslagen',
  quiz: 'Stellingenquiz',
  ronde: 'De ronde die je speelt',
  paginaAntwoorden: 'Antwoorden op de stellingen bij',
  klas: 'Klassikale quiz',
  sessie: 'De lopende presentatie',
  tweedeSessie: 'De presentatie in het tweede vak',
  aantekeningen: 'Mijn aantekeningen',
  markeringen: 'Markeringen en notities',
  leesplek: 'Waar je bent gebleven en wat je hebt gelezen',
  weergave: 'Weergave',
  thema: 'Licht of donker thema',
} as const;

const datumTijd = (iso: string) =>
  new Date(iso).toLocaleString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** Size in the browser's storage, e.g. "1,2 kB". */
export const formatSize = (bytes: number) =>
  bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} kB`;

/** The page /mijn-gegevens/. */
export const myDataStrings = {
  titel: 'Mijn gegevens op dit apparaat',
  beschrijving:
    'Alles wat deze site in je browser bewaart, per hulpmiddel: bekijken, als bestand bewaren, terugzetten en verwijderen.',
  intro:
    'Deze site heeft geen server en geen account. Wat je invult, bewaart je browser op dit apparaat. Hier zie je alles wat er bewaard is, hoeveel ruimte het inneemt, en wat je ermee kunt doen.',
  zonderJs: 'Deze pagina werkt met JavaScript: de gegevens staan in je browser, en alleen een script kan ze lezen.',
  laden: 'Je gegevens worden gelezen…',
  opslagUit:
    'Deze browser staat opslaan niet toe (bijvoorbeeld in een privévenster). Er is dus niets bewaard op dit apparaat.',
  totaal: (g: string) => `Samen nemen je gegevens ${g} in beslag.`,
  perHulpmiddel: 'Per hulpmiddel',
  niets: 'Niets bewaard.',
  onleesbaar: '(kan niet worden gelezen; wordt apart gezet zodra je het hulpmiddel opent)',
  naarHulpmiddel: (naam: string) => `Naar ${naam.toLowerCase()}`,
  verwijderTool: 'Verwijderen',
  verwijderToolLabel: (naam: string) => `Alles van ${naam.toLowerCase()} verwijderen`,
  verwijderToolVraag: (naam: string) =>
    `Alles wat ${naam.toLowerCase()} op dit apparaat bewaart verwijderen? Dit kun je niet ongedaan maken. Bewaar het eerst als bestand als je het later nog wilt hebben.`,
  toolVerwijderd: (naam: string) => `Wat ${naam.toLowerCase()} bewaarde is verwijderd.`,
  apartKop: 'Apart gezet',
  apartUitleg:
    'Gegevens die de site niet (helemaal) kon lezen, worden niet weggegooid maar apart gezet. Je kunt ze downloaden, en terugzetten als ze weer bruikbaar zijn.',
  apartLeeg: 'Er is niets apart gezet.',
  reden: {
    corrupt: 'beschadigd',
    version: 'uit een oudere versie van de site',
    newer: 'uit een nieuwere versie van de site',
    invalid: 'onbekende vorm',
    partial: 'een deel kon niet worden gelezen',
    replaced: 'vervangen bij het terugzetten van een kopie',
    imported: 'uit een import; niet over je gegevens heen gezet',
    unknown: 'reden onbekend',
  },
  apartOp: (datum: string) => `Apart gezet op ${datumTijd(datum)}`,
  download: 'Downloaden',
  downloadLabel: (wat: string) => `${wat} downloaden`,
  terugzetten: 'Terugzetten',
  terugzettenLabel: (wat: string) => `${wat} terugzetten`,
  terugzettenVraag:
    'Deze kopie terugzetten? Een lijst wordt aangevuld met wat er nog niet in staat; iets anders vervangt wat er nu staat (dat wordt eerst zelf apart gezet).',
  nietTerug: 'Kan niet worden teruggezet; wel downloaden.',
  teruggezet: 'De kopie is teruggezet.',
  samengevoegd: (n: number, teVeel: number) =>
    `${n === 1 ? 'Eén onderdeel' : `${n} onderdelen`} teruggezet.${teVeel ? ` ${teVeel} pasten er niet meer bij; die blijven in de kopie.` : ''}`,
  kopieBlijft: 'Wat niet gelezen kon worden, blijft in de kopie staan.',
  terugFout: {
    gone: 'Deze kopie is er niet meer.',
    invalid: 'Deze kopie kan deze versie van de site niet lezen. Je kunt haar wel downloaden.',
    full: 'De opslag van deze browser is vol; er is niets veranderd. Maak eerst ruimte.',
  },
  verwijderKopieVraag: 'Deze apart gezette kopie verwijderen? Dit kun je niet ongedaan maken.',
  verwijderKopieLabel: (wat: string) => `Kopie van ${wat.toLowerCase()} verwijderen`,
  kopieVerwijderd: 'De kopie is verwijderd.',
  overigKop: 'Overige gegevens van deze site',
  overigUitleg: 'Deze gegevens horen bij geen van de hulpmiddelen van deze versie van de site.',
  overzettenKop: 'Alles bewaren of overzetten',
  overzettenUitleg:
    'Bewaar alles als één bestand, bijvoorbeeld om het naar een ander apparaat of een andere browser over te zetten. Bij het inlezen wordt niets overschreven: lijsten worden aangevuld, en wat anders is dan wat er al staat, wordt apart gezet.',
  exporteren: 'Alles bewaren als bestand',
  exportNaam: (datum: string) => `zelfsturing-gegevens-${datum}.json`,
  geexporteerd: 'Alles is bewaard als bestand.',
  importeren: 'Een bestand met alles inlezen',
  geimporteerd: (r: { toegevoegd: number; alAanwezig: number; apart: number; mislukt: number }) =>
    [
      `${r.toegevoegd === 1 ? 'Eén onderdeel' : `${r.toegevoegd} onderdelen`} toegevoegd.`,
      r.alAanwezig ? `${r.alAanwezig} stond${r.alAanwezig === 1 ? '' : 'en'} er al.` : '',
      r.apart ? `${r.apart} apart gezet (zie hierboven).` : '',
      r.mislukt ? `${r.mislukt} niet bewaard: de opslag van deze browser is vol.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  leesFout: 'Het bestand kon niet worden geopend. Er is niets veranderd.',
  allesKop: 'Alles verwijderen',
  allesUitleg: 'Verwijdert alles wat deze site op dit apparaat bewaart, ook wat apart is gezet.',
  allesKnop: 'Alles verwijderen',
  allesVraag:
    'Alles wat deze site op dit apparaat bewaart verwijderen, ook wat apart is gezet? Dit kun je niet ongedaan maken. Bewaar het eerst als bestand als je het later nog wilt hebben.',
  allesVerwijderd: 'Alles is verwijderd.',
} as const;
