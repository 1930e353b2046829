// Texts of the quick check on /mindsettest/. A module of their own: the quick check
// is loaded after the rest of the test (see MindsetTest.tsx), and so are its texts.
import type { Pair } from '@/lib/mindset/quickcheck';

export const quickCheckStrings = {
  kop: 'Snelle check: intelligentie en persoonlijkheid',
  uitleg:
    'Vier uitspraken in twee paren. Ze komen uit een artikel over leerdoelen en omgaan met falen. Kies bij elk paar de uitspraak die het best bij je past.',
  paar: {
    intelligentie: 'Over intelligentie: met welke uitspraak ben je het meest eens?',
    persoonlijkheid: 'Over persoonlijkheid: met welke uitspraak ben je het meest eens?',
  } satisfies Record<Pair, string>,
  paarNaam: {
    intelligentie: 'intelligentie',
    persoonlijkheid: 'persoonlijkheid',
  } satisfies Record<Pair, string>,
  nogNiet: 'Kies bij beide paren een uitspraak. Dan lees je hier wat je keuze zegt.',
  lezing: {
    vast: 'Bij beide paren koos je: dat verandert bijna niet. Dat past bij een vaste mindset. Je denkt dan dat wat mensen kunnen min of meer vastligt. Dat geldt ook voor jezelf. Lukt iets niet? Dan geef je het volgens de theorie eerder op. Je denkt dan: “Hier ben ik niet geschikt voor.” Dat heet een hulpeloosheidsrespons.',
    groei:
      'Bij beide paren koos je: dat kun je veranderen. Dat past bij een groeimindset. Je denkt dan dat je beter wordt als je oefent en moeite doet. Lukt iets niet? Dan ga je volgens de theorie door en zoek je een betere aanpak. Dat heet een meesterschapsrespons.',
  },
  gemengd: (groeiPaar: string, vastPaar: string) =>
    `Over ${groeiPaar} denk je eerder in groei, over ${vastPaar} eerder dat het vastligt. Je mindset kan per onderwerp verschillen. Met de test van tien items zoek je dat uit per gebied.`,
  eerlijk: 'Ook dit is een oefening om over jezelf na te denken. Het is geen meting.',
  /** "Meer weten": the practice page first, the chapter second (root-relative). */
  meerWeten: 'Meer weten:',
  meer: [
    {
      href: '/praktijk/leerdoelen-en-falen/#mindset-volgens-dweck',
      tekst: 'Mindset volgens Dweck',
    },
    { href: '/studie/5-doelen/#5-4', tekst: '§5.4 Leerdoelen bij nieuwe en lastige taken' },
  ],
} as const;
