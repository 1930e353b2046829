// Queries a job coach or trainer would type, each with the page (and where it matters
// the section) it must find among the first three results. Spelling variants, whole
// questions, plural and verb forms, and the English terms the study uses.
// `page` is the path without the leading slash; `sections` lists acceptable anchors:
// one of them must be among the first three sub-results of that page's result.

export interface ZoekVraag {
  q: string;
  page: string;
  sections?: string[];
  /** A topic query: no overview page (/, /studie/, /praktijk/) may come first. */
  topic?: boolean;
}

const s = (...ids: string[]) => ids;

export const zoekvragen: ZoekVraag[] = [
  // Spelling variants and synonyms (from the glossary)
  { q: 'reactantie', page: 'studie/6-reactance/', sections: s('6-1', '6-3'), topic: true },
  { q: 'reactance', page: 'studie/6-reactance/', sections: s('6-1', '6-2', '6-3'), topic: true },
  { q: 'eigen effectiviteit', page: 'studie/4-persoonlijke-controle/', sections: s('4-1', '4-3'), topic: true },
  { q: 'zelfeffectiviteit', page: 'studie/4-persoonlijke-controle/', sections: s('4-1', '4-3'), topic: true },
  { q: 'self efficacy', page: 'studie/4-persoonlijke-controle/', sections: s('4-1', '4-3'), topic: true },
  { q: 'vertrouwen in eigen kunnen', page: 'studie/4-persoonlijke-controle/', sections: s('4-1', '4-2', '4-3'), topic: true },
  { q: 'als dan plan', page: 'studie/8-als-dan-plannen/', sections: s('8-1', '8-2'), topic: true },
  { q: 'implementatie-intentie', page: 'studie/8-als-dan-plannen/', sections: s('8-1', '8-2', '8-3'), topic: true },
  { q: 'implementatie intenties', page: 'studie/8-als-dan-plannen/', sections: s('8-1', '8-2', '8-3'), topic: true },
  { q: 'zelfdeterminatie', page: 'studie/10-belonen-en-straffen/', sections: s('10-2', '10-4'), topic: true },
  { q: 'motiverende gespreksvoering', page: 'studie/3-stadia-van-verandering/', sections: s('3-3'), topic: true },
  { q: 'motivatie gesprekvoering', page: 'studie/3-stadia-van-verandering/', sections: s('3-3'), topic: true },
  { q: 'oplossingsgericht coachen', page: 'studie/3-stadia-van-verandering/', sections: s('3-4'), topic: true },
  { q: 'stages of change', page: 'studie/3-stadia-van-verandering/', sections: s('3-1'), topic: true },
  { q: 'transtheoretisch model', page: 'studie/3-stadia-van-verandering/', sections: s('3-1'), topic: true },
  { q: 'precontemplatie', page: 'studie/3-stadia-van-verandering/', sections: s('3-1'), topic: true },
  { q: 'terugval', page: 'studie/3-stadia-van-verandering/', sections: s('3-1', '3-6'), topic: true },
  { q: 'goal shielding', page: 'studie/8-als-dan-plannen/', sections: s('8-3'), topic: true },
  { q: 'aangeleerde hulpeloosheid', page: 'studie/4-persoonlijke-controle/', sections: s('4-2'), topic: true },
  { q: 'positieve self-talk', page: 'studie/4-persoonlijke-controle/', sections: s('4-3', '4-4', 'training-in-positieve-self-talk'), topic: true },
  { q: 'JOBS training', page: 'studie/4-persoonlijke-controle/', sections: s('4-4', 'de-jobs-training'), topic: true },
  { q: 'theorie van gepland gedrag', page: 'studie/7-voornemens/', sections: s('7-1', 'theorie-van-gepland-gedrag'), topic: true },
  { q: 'subjectieve norm', page: 'studie/7-voornemens/', sections: s('7-1', 'theorie-van-beredeneerde-actie'), topic: true },
  { q: 'verandertaal', page: 'studie/3-stadia-van-verandering/', sections: s('3-3'), topic: true },
  { q: 'werkzoekintensiteit', page: 'studie/9-werkzoekgedrag/', sections: s('9-1'), topic: true },
  { q: 'intrinsieke motivatie', page: 'studie/10-belonen-en-straffen/', sections: s('10-1', '10-2', '10-4'), topic: true },
  { q: 'autonome motivatie', page: 'studie/10-belonen-en-straffen/', sections: s('10-2', '10-4', '10-3'), topic: true },
  { q: 'empowerment', page: 'studie/2-zelfsturing/', sections: s('2-1', 'empowerment'), topic: true },
  { q: 'zelfregulatie', page: 'studie/2-zelfsturing/', sections: s('2-1', 'zelfregulatie'), topic: true },
  { q: 'zelfsturend leren', page: 'studie/2-zelfsturing/', sections: s('2-1', 'zelfsturend-leren'), topic: true },
  { q: 'leerdoel', page: 'praktijk/leerdoelen-en-falen/', topic: true },
  { q: 'leerdoelen of prestatiedoelen', page: 'praktijk/leerdoelen-en-falen/', sections: s('leerdoel-of-prestatiedoel', 'het-experiment-met-werkzoekenden', 'tabel-1-leren-of-presteren'), topic: true },
  { q: 'specifiek moeilijk doel', page: 'studie/5-doelen/', sections: s('5-1', '5-2', '5-3'), topic: true },
  { q: 'doe je best doelen', page: 'studie/5-doelen/', sections: s('5-1', '5-2'), topic: true },

  // Questions as people type them
  { q: 'hoeveel uur per week solliciteren', page: 'studie/9-werkzoekgedrag/', sections: s('9-1') },
  { q: 'hoe ga ik om met weerstand', page: 'studie/6-reactance/', sections: s('6-3') },
  { q: 'hoe ga je om met reactantie', page: 'studie/6-reactance/', sections: s('6-3') },
  { q: 'werken beloningen', page: 'studie/10-belonen-en-straffen/', sections: s('10-1', '10-2', '10-3') },
  { q: 'helpt straffen bij re-integratie', page: 'studie/10-belonen-en-straffen/', sections: s('10-1', '10-6', '10-7') },
  { q: 'wat als een klant niet wil', page: 'studie/10-belonen-en-straffen/', sections: s('10-5') },
  { q: 'wat te doen bij onwillige klanten', page: 'studie/10-belonen-en-straffen/', sections: s('10-5') },
  { q: 'werken goede voornemens', page: 'studie/7-voornemens/', sections: s('7-1', '7-2') },
  { q: 'waarom werken als-dan plannen', page: 'studie/8-als-dan-plannen/', sections: s('8-2', '8-3') },
  { q: 'is competitie motiverend', page: 'studie/5-doelen/', sections: s('5-5') },
  { q: 'wat is persoonlijke controle', page: 'studie/4-persoonlijke-controle/', sections: s('4-1') },
  { q: 'verplichte re-integratie en motivatie', page: 'studie/10-belonen-en-straffen/', sections: s('10-6') },
  { q: 'doorzetten na tegenslag', page: 'studie/9-werkzoekgedrag/', sections: s('9-3', 'doorzetten-bij-tegenslag') },
  { q: 'kans op werk vergroten', page: 'studie/9-werkzoekgedrag/', sections: s('9-1', '9-3') },
  { q: 'verboden vruchten', page: 'studie/6-reactance/', sections: s('6-1') },

  // Practice pages
  { q: '360 graden feedback', page: 'praktijk/leiderschap/', sections: s('drie-manieren-om-te-meten', 'wat-een-leerdoel-voor-leiderschap-is', 'leeractiviteiten-kiezen', 'zo-begin-je') },
  { q: 'feedback geven triggers', page: 'praktijk/positief-in-gesprek/', sections: s('feedback-en-de-drie-triggers') },
  { q: 'PERMAH', page: 'praktijk/positief-in-gesprek/', sections: s('positieve-psychologie-en-permah') },
  { q: 'appreciative inquiry', page: 'praktijk/positief-in-gesprek/', sections: s('appreciative-inquiry') },
  { q: 'job crafting', page: 'praktijk/positief-in-gesprek/', sections: s('job-craften') },
  { q: 'gesprek loopt vast', page: 'praktijk/positief-in-gesprek/', sections: s('als-een-gesprek-vastloopt') },
  { q: 'schaalvraag', page: 'praktijk/positief-in-gesprek/', sections: s('schaalvraag', 'vooruitkijken-vijf-werkvormen', 'drie-voorbeeldgesprekken') },
  { q: 'mindset Dweck', page: 'praktijk/leerdoelen-en-falen/', sections: s('mindset-volgens-dweck') },
  { q: 'leerklimaat', page: 'praktijk/leerdoelen-en-falen/', sections: s('een-leerklimaat-in-de-praktijk') },
  { q: 'omgaan met falen', page: 'praktijk/leerdoelen-en-falen/', sections: s('streng-voor-jezelf') },
  { q: 'leerdoelen leiderschap', page: 'praktijk/leiderschap/' },
  { q: 'SMART leerdoel', page: 'praktijk/leiderschap/', sections: s('smart-en-zichtbaar-gedrag') },
  { q: 'psychologische veiligheid', page: 'praktijk/leiderschap/' },
  { q: 'casus Leonie', page: 'praktijk/ervaringsleren/' },
  { q: 'ervaringsleren', page: 'praktijk/ervaringsleren/' },
  { q: 'talenten hefboomvaardigheden', page: 'praktijk/positief-in-gesprek/', sections: s('talenten-en-hefboomvaardigheden') },

  // Names people remember
  { q: 'Prochaska', page: 'studie/3-stadia-van-verandering/', sections: s('3-1') },
  { q: 'Gollwitzer', page: 'studie/8-als-dan-plannen/' },
  { q: 'Bandura', page: 'studie/4-persoonlijke-controle/' },
  { q: 'Brehm', page: 'studie/6-reactance/', sections: s('6-1') },
  { q: 'Locke en Latham', page: 'studie/5-doelen/', sections: s('5-1', '5-2') },
];

/** Overview pages: useful to browse, never the answer to a topic query. */
export const overzichten = ['', 'studie/', 'praktijk/'];
