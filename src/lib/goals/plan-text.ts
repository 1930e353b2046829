// Dutch text that the plan checks return: what is there or missing in a plan, and the
// warnings of §8.4. Plain Dutch (B1).
import { goalLinks, moreLinks } from './links.ts';

export const planStrings = {
  href: `${goalLinks.h8}#8-4`,
  meer: moreLinks.plannen,
  wanneer: {
    ok: 'Je noemt een vast moment om te beginnen.',
    leeg: 'Schrijf op wanneer je begint.',
    vaag: 'Kies een vast moment. Bijvoorbeeld een dag en een tijd, of “na het ontbijt”. Met “later” weet je niet wanneer je begint.',
  },
  waar: {
    ok: 'Je weet waar je het doet.',
    leeg: 'Schrijf op waar je het doet.',
    vaag: 'Kies een vaste plek. Dan hoef je op het moment zelf niet meer te kiezen.',
  },
  hoe: {
    ok: 'Je weet wat je dan doet, en hoe.',
    leeg: 'Schrijf op wat je dan doet.',
    vaag: 'Schrijf iets op wat je echt kunt doen. Niet alleen “proberen” of “mijn best doen”.',
  },
  als: {
    ok: 'Je noemt wat je in de weg kan zitten.',
    leeg: 'Schrijf op wat er mis kan gaan. Of wat je kan afleiden.',
  },
  dan: {
    ok: 'Je weet al wat je dan doet.',
    leeg: 'Schrijf op wat je dan doet.',
    vaag: 'Maak duidelijk wat je dan doet. Dan hoef je er op dat moment niet over na te denken.',
  },
  waarschuwingen: {
    'te-veel':
      'Je hebt veel plannen. Te veel plannen werken minder goed. Kies de plannen die het belangrijkst zijn.',
    onrealistisch:
      'Een van je plannen klinkt heel zwaar, zoals “altijd” of “de hele dag”. Zo’n plan helpt minder. Maak het haalbaar.',
    perfectionisme:
      'Ben je heel streng voor jezelf? Dan helpen als-dan-plannen je minder. Ze geven dan vooral spanning. Houd je plannen licht. Gaat iets mis? Daar leer je van. Het is geen falen.',
    motivatie:
      'Als-dan-plannen helpen vooral als je het doel zelf echt wilt. Kijk eerst waarom dit doel voor jou de moeite waard is. Of kies een doel dat je wél wilt.',
  },
} as const;
