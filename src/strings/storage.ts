// Messages about data kept in this browser that every tool may need at once (loaded
// with each tool, so kept short). What is said when stored data has to be set aside is
// in ./storage-repair, loaded only then; the page /mijn-gegevens/ has ./my-data.

export const storageStrings = {
  limit: 'Dit is te veel om te bewaren. Je wijziging staat alleen in dit venster.',
  unavailable:
    'Deze browser staat opslaan niet toe (bijvoorbeeld in een privévenster). Alles werkt, maar je antwoorden worden niet bewaard als je de pagina sluit.',
  full: 'De opslag van deze browser is vol. Je laatste wijziging staat alleen in dit venster en is weg als je het sluit.',
  dismiss: 'Melding sluiten',
  /** A list at its limit: what to do before one more can be saved. */
  teVeel: (max: number, wat: string) => `Je hebt ${max} ${wat}; verwijder of exporteer er eerst een.`,
} as const;

/** The link every tool gives to /mijn-gegevens/. */
export const mijnGegevensLink = {
  zin: 'Alles wat deze site op dit apparaat bewaart, zie je op',
  tekst: 'Mijn gegevens op dit apparaat',
} as const;
