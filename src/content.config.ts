import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The four phases of the self-direction cycle, plus its centre (thoughts, feelings, skills). */
export const cycleParts = ['doelen', 'plannen', 'uitvoeren', 'evaluatie', 'kern'] as const;

/** A page on this site that content may point at: "studie/5-doelen" or "praktijk/leiderschap". */
const paginaRef = z
  .string()
  .regex(/^(studie|praktijk)\/[a-z0-9-]+$/, 'verwacht "studie/<id>" of "praktijk/<id>"');

/** An anchor (heading id) on a page, without "#": "5-4" for §5.4, or a heading slug. */
const anker = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'een id zonder #, bijvoorbeeld "5-4"');

/** A reader-facing text: trimmed and never empty. */
const tekst = z.string().trim().min(1);

/** Fields every reading page (chapter or practice page) shares. */
const leespagina = z.object({
  /** Title without the chapter number, as shown in the heading and the navigation. */
  titel: tekst,
  /** One line for overviews, search results and the meta description (max. 200 characters). */
  samenvatting: tekst.max(200),
  /** "In het kort": 3-5 plain-language (B1) sentences shown at the top of the page. */
  inHetKort: tekst,
});

const studie = defineCollection({
  loader: glob({ base: './content/studie', pattern: '*.mdx' }),
  schema: leespagina.extend({
    /** Chapter number, 1-10; also the first part of the URL (/studie/5-doelen/). */
    hoofdstuk: z.number().int().min(1).max(10),
    /** The theories or authors the chapter is based on, as the study names them (optional). */
    basis: tekst.optional(),
    /** Which parts of the self-direction cycle the chapter covers. */
    cyclus: z.array(z.enum(cycleParts)).min(1),
    /** Works the chapter cites, "Auteur(s) (jaar)" exactly as the study cites them. */
    bronnen: z.array(tekst).default([]),
  }),
});

/** A companion text a practice page is based on. */
const bron = z.object({
  /** Title of the source as the text gives it. */
  titel: tekst,
  /** Authors or organisation, only where the text names them. */
  auteurs: tekst.optional(),
  /** Year, only where the text gives it. */
  jaar: z.number().int().optional(),
  /** What kind of text it is ("artikel", "werkboek", "webartikel", "casus"). */
  soort: tekst,
});

const praktijk = defineCollection({
  loader: glob({ base: './content/praktijk', pattern: '*.mdx' }),
  schema: leespagina.extend({
    /** Order on /praktijk/. */
    volgorde: z.number().int().min(1),
    /** The source text this page retells. */
    bron,
    /** Chapters of the study that give the theory behind this page. */
    hoofdstukken: z.array(z.number().int().min(1).max(10)).default([]),
  }),
});

/** One "waarheid of misvatting?" statement. */
export const stellingSchema = z.object({
  /** Stable id used in URLs and stored answers: "h5-competitie-motiveert". Never change it once published. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kleine letters, cijfers en streepjes'),
  /** The claim as a practitioner might say it. */
  stelling: tekst,
  /** The verdict backed by the source. */
  oordeel: z.enum(['waar', 'misvatting']),
  /** 2-4 sentences that explain the verdict and name the evidence. */
  uitleg: tekst,
  /** Anchor of the section that backs the verdict, on the page of this file (or on `pagina` below). */
  anker,
  /** Only when the backing section is on another page than the file's own. */
  pagina: paginaRef.optional(),
  /** For misconceptions: why people tend to believe it. */
  waaromGeloofd: tekst.optional(),
  /** True for the statements printed at the start of the study's chapters. */
  uitDeStudie: z.boolean().default(false),
});

const stellingen = defineCollection({
  loader: glob({ base: './content/stellingen', pattern: '*.yaml' }),
  schema: z
    .object({
      /** The page whose statements these are ("studie/5-doelen"). */
      pagina: paginaRef,
      /** The statements, in the order the page shows them. */
      stellingen: z.array(stellingSchema).min(1),
    })
    .superRefine((value, ctx) => {
      for (const s of value.stellingen) {
        if (s.oordeel === 'misvatting' && !s.waaromGeloofd) {
          ctx.addIssue({
            code: 'custom',
            message: `${s.id}: een misvatting heeft "waaromGeloofd" nodig`,
          });
        }
      }
    }),
});

/** Where a glossary term is explained. */
const vindplaats = z.object({
  pagina: paginaRef,
  /** Heading id on that page; leave out to link to the page itself. */
  anker: anker.optional(),
});

const begrippen = defineCollection({
  loader: glob({ base: './content/begrippen', pattern: '*.yaml' }),
  schema: z.object({
    /** The term as it is written in running text ("self-efficacy"). */
    term: tekst,
    /** Other names for the same idea ("vertrouwen in eigen kunnen"). */
    ookWel: z.array(tekst).default([]),
    /**
     * How people also type it, for search only (never shown): spellings, English or
     * Dutch names and plural forms ("reactantie"). Search finds the term's entry and the
     * sections in `zie` by these too.
     */
    varianten: z.array(tekst).default([]),
    /** One or two sentences in plain Dutch. */
    definitie: tekst,
    /** Where the term is explained; the first is the main place. */
    zie: z.array(vindplaats).min(1),
  }),
});

/** A link from a test item to the theory behind it. */
const theorieLink = vindplaats.extend({
  /** Link text: what the reader finds there ("§5.4 Leerdoelen bij nieuwe en lastige taken"). */
  tekst,
});

/** A bipolar item of the ten-item self-test: fixed mindset left, growth mindset right. */
const mindsetItem = z.object({
  /** 1-10, the order in which the items are shown; also the key of stored answers. */
  nummer: z.number().int().min(1).max(10),
  /** Short name of what the item is about ("Inspanning"). */
  thema: tekst,
  /** The fixed-mindset pole (scored 1). */
  vast: tekst,
  /** The growth-mindset pole (scored 5). */
  groei: tekst,
  /** Question to reflect on when the answer leans fixed. */
  reflectie: tekst,
  /** Where the theory behind this item is explained, with the link text. */
  theorie: theorieLink,
});

/** A statement of the four-statement quick check. */
const quickCheckStelling = z.object({
  /** Stable id ("intelligentie-vast"). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The statement the reader agrees or disagrees with. */
  stelling: tekst,
  /** Which mindset agreeing with it points to. */
  mindset: z.enum(['vast', 'groei']),
  /** The pair it belongs to (intelligence or personality). */
  paar: z.enum(['intelligentie', 'persoonlijkheid']),
});

const mindsettest = defineCollection({
  loader: glob({ base: './content/mindsettest', pattern: '*.yaml' }),
  schema: z
    .object({
      /** The ten bipolar items, in the order 1-10 (stored answers rely on that order). */
      items: z.array(mindsetItem).length(10),
      /** The four statements of the quick check: per pair first the fixed, then the growth statement. */
      snelleCheck: z.array(quickCheckStelling).length(4),
    })
    .superRefine((value, ctx) => {
      value.items.forEach((item, index) => {
        if (item.nummer !== index + 1) {
          ctx.addIssue({
            code: 'custom',
            message: `item ${index + 1} heeft nummer ${item.nummer}; nummer de items 1 tot en met 10 op volgorde`,
          });
        }
      });
      for (const paar of ['intelligentie', 'persoonlijkheid'] as const) {
        const leden = value.snelleCheck.filter((s) => s.paar === paar);
        // The paper version reads "the first statement of each pair" as fixed, as the source does.
        if (leden[0]?.mindset !== 'vast' || leden[1]?.mindset !== 'groei' || leden.length !== 2) {
          ctx.addIssue({
            code: 'custom',
            message: `snelleCheck: paar "${paar}" heeft eerst een "vast"- en dan een "groei"-stelling nodig`,
          });
        }
      }
    }),
});

export const collections = { studie, praktijk, stellingen, begrippen, mindsettest };
