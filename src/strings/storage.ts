/** Messages about data kept in this browser. */
export const storageStrings = {
  corrupt:
    'Een eerder opgeslagen onderdeel was beschadigd. We hebben het apart gezet en beginnen opnieuw; je andere gegevens zijn niet aangeraakt.',
  version:
    'Een eerder opgeslagen onderdeel stamt uit een oudere versie van de site. We hebben het apart gezet en beginnen opnieuw.',
  invalid:
    'Een eerder opgeslagen onderdeel had een onbekende vorm. We hebben het apart gezet en beginnen opnieuw; je andere gegevens zijn niet aangeraakt.',
  unavailable:
    'Deze browser staat opslaan niet toe (bijvoorbeeld in een privévenster). Alles werkt, maar je antwoorden worden niet bewaard als je de pagina sluit.',
  full: 'De opslag van deze browser is vol. Je laatste wijziging staat alleen in dit venster en is weg als je het sluit.',
  dismiss: 'Melding sluiten',
} as const;
