// Every message about data kept in this browser. Loaded with
// src/stores/persisted-repair.ts, only when there is something to say (a tool's first
// load does not carry it); the page /mijn-gegevens/ has its own text in ./my-data.
const MY_DATA_PAGE = 'Mijn gegevens op dit apparaat';

const apart = (wat: string, hoe = 'apart gezet') =>
  `Iets dat hier bewaard was, ${wat}. Het is ${hoe} (zie ${MY_DATA_PAGE}); je begint opnieuw.`;

export const storageStrings = {
  corrupt: apart('was beschadigd'),
  version: apart('komt uit een oudere versie van de site'),
  newer: apart('komt uit een nieuwere versie van de site', 'onaangeroerd apart gezet'),
  invalid: apart('had een onbekende vorm'),
  partial: (n: number) =>
    `Bewaarde onderdelen die niet te lezen waren (${n}), zijn apart gezet (zie ${MY_DATA_PAGE}). De rest staat er nog.`,
  kept: 'Iets dat hier bewaard was, is niet te lezen, en apart zetten lukt niet: de opslag is vol. Het blijft onaangeroerd staan; wat je nu doet, wordt niet bewaard.',
  limit: 'Dit is te veel om te bewaren. Je wijziging staat alleen in dit venster.',
  unavailable:
    'Deze browser staat opslaan niet toe (bijvoorbeeld in een privévenster). Alles werkt, maar je antwoorden worden niet bewaard als je de pagina sluit.',
  full: 'De opslag van deze browser is vol. Je laatste wijziging staat alleen in dit venster en is weg als je het sluit.',
  /** A list at its limit: what to do before one more can be saved. */
  teVeel: (max: number, wat: string) =>
    `Je hebt ${max} ${wat}; verwijder of exporteer er eerst een.`,
} as const;

/** The link every tool gives to /mijn-gegevens/. */
export const myDataLinkStrings = {
  zin: 'Alles wat deze site op dit apparaat bewaart, zie je op',
  tekst: 'Mijn gegevens op dit apparaat',
} as const;
