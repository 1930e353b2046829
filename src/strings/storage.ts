// Messages about data kept in this browser, the one set of import errors, and the
// page /mijn-gegevens/.
import type { ImportFout } from '@/lib/storage/transfer';

const PAGINA = 'Mijn gegevens op dit apparaat';

/** "a, b, c, d, e en nog 3": names at most `max` items, so a crafted link cannot fill a notice. */
export function noemEnkele(items: readonly string[], max = 5, lengte = 40): string {
  const kort = items.slice(0, max).map((s) => (s.length > lengte ? `${s.slice(0, lengte)}…` : s));
  const rest = items.length - kort.length;
  return rest > 0 ? `${kort.join(', ')} en nog ${rest}` : kort.join(', ');
}

export const storageStrings = {
  corrupt: `Een eerder opgeslagen onderdeel was beschadigd. We hebben het apart gezet en beginnen opnieuw; je andere gegevens zijn niet aangeraakt. Je vindt het onder ${PAGINA}.`,
  version: `Een eerder opgeslagen onderdeel stamt uit een oudere versie van de site. We hebben het apart gezet en beginnen opnieuw. Je vindt het onder ${PAGINA}.`,
  newer: `Een eerder opgeslagen onderdeel komt uit een nieuwere versie van de site dan deze. We hebben het onaangeroerd apart gezet en beginnen hier opnieuw. Je vindt het onder ${PAGINA}.`,
  invalid: `Een eerder opgeslagen onderdeel had een onbekende vorm. We hebben het apart gezet en beginnen opnieuw; je andere gegevens zijn niet aangeraakt. Je vindt het onder ${PAGINA}.`,
  partial: (n: number) =>
    `${n === 1 ? 'Eén bewaard onderdeel kon' : `${n} bewaarde onderdelen konden`} niet worden gelezen. De rest staat er nog; wat niet gelezen kon worden hebben we apart gezet. Je vindt het onder ${PAGINA}.`,
  kept: `Eerder opgeslagen gegevens konden niet worden gelezen, en apart zetten lukte niet omdat de opslag van deze browser vol is. We laten ze onaangeroerd staan; wat je nu doet wordt niet bewaard. Maak ruimte onder ${PAGINA}.`,
  limit:
    'Dit past niet binnen wat deze site op je apparaat bewaart. Je wijziging staat alleen in dit venster; het eerder bewaarde is niet aangeraakt.',
  unavailable:
    'Deze browser staat opslaan niet toe (bijvoorbeeld in een privévenster). Alles werkt, maar je antwoorden worden niet bewaard als je de pagina sluit.',
  full: 'De opslag van deze browser is vol. Je laatste wijziging staat alleen in dit venster en is weg als je het sluit.',
  dismiss: 'Melding sluiten',
  /** A list at its limit: what to do before one more can be saved. */
  teVeel: (max: number, wat: string) => `Je hebt ${max} ${wat}; verwijder of exporteer er eerst een.`,
  conceptTeLang:
    'Je tekst is te lang om op dit apparaat te bewaren. Hij staat nog in het veld; kort hem in, anders is hij weg als je de pagina sluit.',
  /** Statements a stored round or session named that the site no longer has. */
  weggelaten: (ids: readonly string[]) =>
    `${ids.length === 1 ? 'Deze stelling bestaat' : 'Deze stellingen bestaan'} niet meer en ${ids.length === 1 ? 'is' : 'zijn'} uit je bewaarde ronde gehaald: ${noemEnkele(ids)}. De rest staat er nog.`,
  /** One set of messages for every import file. */
  importFout: {
    leeg: 'Het bestand is leeg.',
    'te-groot': 'Het bestand is te groot om te lezen.',
    'geen-json': 'Dit bestand kunnen we niet lezen. Kies een bestand dat je eerder op deze site hebt bewaard.',
    onbekend: 'Dit bestand is geen export van dit onderdeel van de site.',
    'nieuwere-versie': 'Dit bestand komt uit een nieuwere versie van de site. Er is niets veranderd.',
    'andere-versie': 'Dit bestand komt uit een andere versie van de site en kan hier niet worden gelezen. Er is niets veranderd.',
    ongeldig: 'Dit bestand is beschadigd of aangepast. Er is niets veranderd.',
  } satisfies Record<ImportFout, string>,
} as const;
