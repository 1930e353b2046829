// Texts of the quick check on /mindsettest/. A module of their own: the quick check
// is loaded after the rest of the test (see Mindsettest.tsx), and so are its texts.
import type { Paar } from '@/lib/mindset/quickcheck';

export const snelleCheckStrings = {
  kop: 'Snelle check: intelligentie en persoonlijkheid',
  uitleg:
    'Vier uitspraken in twee paren, uit een artikel over leerdoelen en omgaan met falen. Kies per paar de uitspraak waar je het meest mee eens bent.',
  paar: {
    intelligentie: 'Over intelligentie: met welke uitspraak ben je het meest eens?',
    persoonlijkheid: 'Over persoonlijkheid: met welke uitspraak ben je het meest eens?',
  } satisfies Record<Paar, string>,
  paarNaam: {
    intelligentie: 'intelligentie',
    persoonlijkheid: 'persoonlijkheid',
  } satisfies Record<Paar, string>,
  nogNiet: 'Kies bij beide paren een uitspraak; dan lees je hier wat je keuze zegt.',
  lezing: {
    vast: 'Bij beide paren koos je de uitspraak dat het nauwelijks te veranderen is. Dat past bij een vaste mindset: je gaat ervan uit dat wat mensen kunnen, ook jijzelf, min of meer vastligt. Volgens de theorie geef je het bij tegenslag dan eerder op, met een gedachte als “hier ben ik gewoon niet geschikt voor”. Dat heet een hulpeloze reactie.',
    groei:
      'Bij beide paren koos je de uitspraak dat je het kunt veranderen. Dat past bij een groeimindset: je gelooft dat je capaciteiten kunnen groeien door inzet en oefening. Volgens de theorie ga je bij tegenslag dan eerder door en zoek je een betere aanpak. Dat heet een meesterschapsreactie.',
  },
  gemengd: (groeiPaar: string, vastPaar: string) =>
    `Over ${groeiPaar} denk je eerder in groei, over ${vastPaar} eerder dat het vastligt. Je mindset kan per onderwerp verschillen; de test met tien items helpt je dat per gebied uit te zoeken.`,
  eerlijk: 'Ook dit is een denkoefening, geen meting.',
} as const;
