// The printable hand-out (statements with boxes to tick, no verdicts) and the separate
// answer key, for the set on screen. Hidden on screen; presenter.css puts one on paper.
// Loaded when the trainer asks to print (see QuizKlas).
import type { QuizStelling } from '@/lib/quiz/types';
import { oordeelLabel, whyText } from '@/strings/quiz';
import { printStrings as t } from '@/strings/quiz-klas-print';

interface Props {
  stellingen: readonly QuizStelling[];
  groupLabel: (key: string) => string;
}

export function Print({ stellingen, groupLabel }: Props) {
  return (
    <div class="quiz-klas-afdrukken">
      <section class="quiz-klas-afdruk quiz-klas-afdruk--handout">
        <h2>{t.handoutKop}</h2>
        <p>
          {t.naam}: <span class="quiz-klas-afdruk__streep" />
        </p>
        <p>{t.handoutIntro}</p>
        <ol class="quiz-klas-afdruk__lijst">
          {stellingen.map((s) => (
            <li key={s.id}>
              <p class="quiz-klas-afdruk__stelling">{s.stelling}</p>
              <p class="quiz-klas-afdruk__vakjes">
                <span>☐ {oordeelLabel.waar}</span> <span>☐ {oordeelLabel.misvatting}</span>
              </p>
            </li>
          ))}
        </ol>
      </section>
      <section class="quiz-klas-afdruk quiz-klas-afdruk--antwoorden">
        <h2>{t.antwoordenKop}</h2>
        <ol class="quiz-klas-afdruk__lijst">
          {stellingen.map((s) => (
            <li key={s.id}>
              <p class="quiz-klas-afdruk__stelling">{s.stelling}</p>
              <p>
                <strong>{oordeelLabel[s.oordeel]}.</strong> {s.uitleg}
              </p>
              {s.waaromGeloofd && (
                <p>
                  <em>{whyText}</em> {s.waaromGeloofd}
                </p>
              )}
              <p class="quiz-klas-afdruk__bron">
                {t.bron}: {groupLabel(s.groep)}, {s.bron}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
