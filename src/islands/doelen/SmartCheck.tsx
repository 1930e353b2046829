// Step 5 (optional): SMART and observable behaviour, for leaders. Only a question shows
// until the visitor says the goal is about leading others (#16).
import { useStore } from '@nanostores/preact';
import { checkSmart } from '@/lib/goals/smart';
import { $doelConcept, setLeider } from '@/stores/goals';
import { moreLinks } from '@/strings/goals-links';
import { leiderUi, smartStrings } from '@/strings/goals-smart';
import { link } from './link';

const s = leiderUi;
const status = smartStrings.status;

export function SmartCheck() {
  const concept = useStore($doelConcept);
  const doel = concept.doel.trim() || concept.oorspronkelijk.trim();
  return (
    <section
      class={concept.leider ? 'dh-stap' : 'dh-stap dh-stap--vraag'}
      aria-labelledby={concept.leider ? 'dh-leider-kop' : undefined}
      aria-label={concept.leider ? undefined : s.vraagLabel}
    >
      {concept.leider && <h2 id="dh-leider-kop">{s.kop}</h2>}
      <p class="dh-vinkje">
        <input
          id="dh-leider"
          type="checkbox"
          checked={concept.leider}
          onChange={(e) => setLeider(e.currentTarget.checked)}
        />
        <label for="dh-leider">{s.schakelaar}</label>
      </p>
      {concept.leider && (
        <div class="dh-smart">
          <p>{s.uitleg}</p>
          {doel ? (
            <ul class="dh-checks">
              {checkSmart(doel).map((c) => (
                <li
                  key={c.id}
                  class="dh-check"
                  data-pass={c.status === 'ja' ? 'ja' : c.status === 'nee' ? 'nee' : 'zelf'}
                >
                  <span class="dh-check__teken" aria-hidden="true">
                    {c.letter}
                  </span>
                  <span class="dh-check__tekst">
                    <strong>
                      {c.titel}: {status[c.status]}.
                    </strong>{' '}
                    {c.uitleg}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="dh-hint">{s.geenDoel}</p>
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
