/** Links of the goal rewriter (/doelen/): practice pages first, chapters second (root-relative; add the base path). */
export const goalLinks = {
  h5: '/studie/5-doelen/',
  h8: '/studie/8-als-dan-plannen/',
  leerdoelen: '/praktijk/leerdoelen-en-falen/',
  positief: '/praktijk/positief-in-gesprek/',
  leiderschap: '/praktijk/leiderschap/',
  /** The worked example of the practice page: stop smoking, made smaller step by step. */
  voorbeeld: '/praktijk/leerdoelen-en-falen/#een-voorbeeld-stoppen-met-roken',
} as const;

/** A "Meer weten" link: a practice page (plain) first, the chapter second. */
export interface MoreLinks {
  praktijk: { href: string; titel: string };
  hoofdstuk: { href: string; titel: string };
}

export const moreLinks = {
  doelen: {
    praktijk: { href: goalLinks.leerdoelen, titel: 'Leerdoelen en omgaan met falen' },
    hoofdstuk: { href: `${goalLinks.h5}#5-6`, titel: 'Hoofdstuk 5: doelen' },
  },
  leren: {
    praktijk: { href: goalLinks.leerdoelen, titel: 'Leerdoelen en omgaan met falen' },
    hoofdstuk: { href: `${goalLinks.h5}#5-4`, titel: 'Hoofdstuk 5: leerdoelen' },
  },
  positief: {
    praktijk: { href: goalLinks.positief, titel: 'Positief in gesprek' },
    hoofdstuk: { href: `${goalLinks.h5}#5-6`, titel: 'Hoofdstuk 5: doelen' },
  },
  plannen: {
    praktijk: { href: goalLinks.leerdoelen, titel: 'Leerdoelen en omgaan met falen' },
    hoofdstuk: { href: `${goalLinks.h8}#8-4`, titel: 'Hoofdstuk 8: als-dan-plannen' },
  },
  leiders: {
    praktijk: { href: goalLinks.leiderschap, titel: 'Leerdoelen voor leidinggevenden' },
    hoofdstuk: { href: `${goalLinks.h5}#5-6`, titel: 'Hoofdstuk 5: doelen' },
  },
} as const satisfies Record<string, MoreLinks>;
