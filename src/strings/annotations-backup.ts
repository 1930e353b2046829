// The text of the files "Mijn aantekeningen" makes (Markdown), and why a backup file could
// not be read (the site's shared import error codes), naming the file. Loaded with the
// backup code (src/stores/annotations-backup.ts, src/lib/annotations/backup.ts).
import type { MarkdownText } from '@/lib/annotations/backup';
import type { ImportError } from '@/lib/storage/transfer';

/** The Markdown export's headings and labels; `datum` is today's date as shown in Dutch. */
export const markdownText = (datum: string): MarkdownText => ({
  titel: 'Mijn aantekeningen',
  gemaakt: `Geëxporteerd op ${datum} van de site Motivatie en zelfsturing in re-integratie.`,
  notitie: 'Notitie',
  link: 'Naar de tekst',
  sectieNotitie: (label: string) => `Notitie bij ${label}`,
  wees: 'niet meer gevonden in de tekst',
});

/** Why a file could not be imported, naming the file. */
export const backupErrors = {
  empty: (naam: string) => `“${naam}” is leeg. Er is niets veranderd aan wat je al had.`,
  'too-large': (naam: string) =>
    `“${naam}” is te groot voor een back-up van aantekeningen. Er is niets veranderd.`,
  'not-json': (naam: string) =>
    `“${naam}” is geen back-up van aantekeningen van deze site. Er is niets veranderd aan wat je al had.`,
  'unknown-kind': (naam: string) =>
    `“${naam}” is geen back-up van aantekeningen van deze site. Er is niets veranderd aan wat je al had.`,
  'newer-version': (naam: string) =>
    `“${naam}” komt uit een nieuwere versie van de site. Er is niets veranderd.`,
  'other-version': (naam: string) =>
    `“${naam}” komt uit een andere versie van de site en kan hier niet worden gelezen. Er is niets veranderd.`,
  invalid: (naam: string) =>
    `“${naam}” is beschadigd of aangepast. Er is niets veranderd aan wat je al had.`,
} satisfies Record<ImportError, (naam: string) => string>;
