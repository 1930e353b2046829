// Step 5 (optional): SMART and observable behaviour, for leaders. Only a question shows
// until the visitor says the goal is about leading others (#16).
import { useStore } from '@nanostores/preact';
import { checkSmart } from '@/lib/goals/smart';
import { $doelConcept, setLeader } from '@/stores/goals';
import { moreLinks } from '@/strings/goals-links';
import { leaderStrings, smartStrings } from '@/strings/goals-smart';
import { link } from './link';

const s = leaderStrings;
const status = smartStrings.status;

export function SmartCheck() {
  const concept = useStore($doelConcept);
  const doel = concept.doel.trim() || concept.oorspronkelijk.trim();
  return (
    <section
      class={concept.leider ? 'goals-stap' : 'goals-stap goals-stap--vraag'}
      aria-labelledby={concept.leider ? 'goals-leider-kop' : undefined}
      aria-label={concept.leider ? undefined : s.vraagLabel}
    >
      {concept.leider && <h2 id="goals-leider-kop">{s.kop}</h2>}
      <p class="goals-vinkje">
        <input
          id="goals-leider"
          type="checkbox"
          checked={concept.leider}
          onChange={(e) => setLeader(e.currentTarget.checked)}
        />
        <label for="goals-leider">{s.schakelaar}</label>
      </p>
      {concept.leider && (
        <div class="goals-smart">
          <p>{s.uitleg}</p>
          {doel ? (
            <ul class="goals-checks">
              {checkSmart(doel).map((c) => (
                <li
                  key={c.id}
                  class="goals-check"
                  data-pass={c.status === 'ja' ? 'ja' : c.status === 'nee' ? 'nee' : 'zelf'}
                >
                  <span class="goals-check__teken" aria-hidden="true">
                    {c.letter}
                  </span>
                  <span class="goals-check__tekst">
                    <strong>
                      {c.titel}: {status[c.status]}.
                    </strong>{' '}
                    {c.uitleg}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="goals-hint">{s.geenDoel}</p>
          )}
          <p>
            {s.meerWeten}{' '}
            <a href={link(moreLinks.leiders.praktijk.href)}>{moreLinks.leiders.praktijk.titel}</a>
            {' · '}
            <a href={link(moreLinks.leiders.hoofdstuk.href)}>{moreLinks.leiders.hoofdstuk.titel}</a>
          </p>
        </div>
      )}
    </section>
  );
}
