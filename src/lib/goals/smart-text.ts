// Dutch text that the SMART check for leaders returns. Plain Dutch (B1).
export const smartStrings = {
  specifiek: {
    letter: 'S',
    titel: 'Specifiek',
    ja: 'Je schrijft op wat je gaat doen.',
    nee: 'Schrijf op welk gedrag je wilt leren, en in welke situatie.',
  },
  meetbaar: {
    letter: 'M',
    titel: 'Meetbaar',
    ja: 'Er staat in hoe vaak of hoeveel.',
    nee: 'Schrijf op hoe vaak of hoeveel. Dan zie je of je vooruitgaat.',
  },
  acceptabel: {
    letter: 'A',
    titel: 'Acceptabel',
    zelf: 'Dat weet alleen jij. Sta je zelf achter dit doel? En weten de mensen om wie het gaat ervan?',
  },
  realistisch: {
    letter: 'R',
    titel: 'Realistisch',
    nee: 'Woorden als “altijd” of “iedereen” maken het doel te zwaar. Kies wat je echt kunt volhouden.',
    zelf: 'Kijk zelf of dit past bij je tijd en je team.',
  },
  tijdgebonden: {
    letter: 'T',
    titel: 'Tijdgebonden',
    ja: 'Er staat in wanneer het klaar is.',
    nee: 'Schrijf op wanneer het klaar is. Bijvoorbeeld “de komende zes weken”.',
  },
  gedrag: {
    letter: '👁',
    titel: 'Gedrag dat je ziet',
    ja: 'Een collega kan zien of je dit doet.',
    nee: 'Schrijf op wat een collega je ziet doen. Bijvoorbeeld: “ik begin elk overleg met een rondje”.',
  },
  status: { ja: 'Ja', nee: 'Nog niet', zelf: 'Kijk zelf' },
} as const;
