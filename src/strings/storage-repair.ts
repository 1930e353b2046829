// What a tool says when stored data could not (all) be read and was set aside, or
// could not be set aside. Loaded with src/stores/persisted-repair.ts, only then.
const PAGINA = 'Mijn gegevens op dit apparaat';

const apart = (wat: string, hoe = 'apart gezet') =>
  `Iets dat hier bewaard was, ${wat}. Het is ${hoe} (zie ${PAGINA}); je begint opnieuw.`;

export const repairStrings = {
  corrupt: apart('was beschadigd'),
  version: apart('komt uit een oudere versie van de site'),
  newer: apart('komt uit een nieuwere versie van de site', 'onaangeroerd apart gezet'),
  invalid: apart('had een onbekende vorm'),
  partial: (n: number) => `Bewaarde onderdelen die niet te lezen waren (${n}), staan apart (zie ${PAGINA}). De rest staat er nog.`,
  kept: 'Iets dat hier bewaard was, is niet te lezen, en apart zetten lukt niet: de opslag is vol. Het blijft onaangeroerd staan; wat je nu doet, wordt niet bewaard.',
} as const;
