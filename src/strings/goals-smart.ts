/** Dutch text of the SMART and behaviour check for leaders (/doelen/, step 5). */

/** SMART, for leaders. */
export const smartStrings = {
  /** SMART and observable behaviour, for leaders. */
  specifiek: {
    letter: 'S',
    titel: 'Specifiek',
    ja: 'Je beschrijft concreet wat je gaat doen.',
    nee: 'Maak concreet welk gedrag je wilt ontwikkelen, in welke situatie.',
  },
  meetbaar: {
    letter: 'M',
    titel: 'Meetbaar',
    ja: 'Er staat een aantal of een frequentie in.',
    nee: 'Noem hoe vaak of hoeveel, zodat je voortgang kunt zien.',
  },
  acceptabel: {
    letter: 'A',
    titel: 'Acceptabel',
    zelf: 'Dat kun alleen jij zeggen: onderschrijf je dit doel zelf, en is het afgestemd met wie erbij hoort?',
  },
  realistisch: {
    letter: 'R',
    titel: 'Realistisch',
    nee: 'Woorden als “altijd” of “iedereen” maken het doel onhaalbaar; kies wat je echt kunt volhouden.',
    zelf: 'Beoordeel zelf of dit past bij je tijd en je team.',
  },
  tijdgebonden: {
    letter: 'T',
    titel: 'Tijdgebonden',
    ja: 'Er staat een termijn in.',
    nee: 'Noem een termijn, bijvoorbeeld “de komende zes weken”.',
  },
  gedrag: {
    letter: '👁',
    titel: 'Zichtbaar gedrag',
    ja: 'Een teamlid of collega kan zien of je dit doet.',
    nee: 'Beschrijf wat een collega je zou zien doen, bijvoorbeeld “ik open elk overleg met een rondje”.',
  },
  status: { ja: 'Ja', nee: 'Nog niet', zelf: 'Beoordeel zelf' },
} as const;

/** Island, step: leider. */
export const leiderUi = {
  kop: '5. Voor leidinggevenden: SMART en zichtbaar gedrag',
  schakelaar: 'Ik ben leidinggevende: laat ook de SMART-check zien',
  uitleg:
    'Een leerdoel voor leidinggevenden wordt sterker als het SMART is en gedrag beschrijft dat je team kan zien.',
  geenDoel: 'Vul eerst een leerdoel in bij stap 2.',
  meer: 'Meer over leerdoelen voor leidinggevenden',
  bron: 'Praktijk: leerdoelen voor leidinggevenden',
} as const;
