// Step 5 (optional): SMART and observable behaviour, for leaders.
import { useStore } from '@nanostores/preact';
import { checkSmart } from '@/lib/goals/smart';
import { $doelConcept, setLeider } from '@/stores/goals';
import { goalLinks } from '@/strings/goals-links';
import { leiderUi, smartStrings } from '@/strings/goals-smart';
import { link } from './link';

const s = leiderUi;
const status = smartStrings.status;

export function SmartCheck() {
  const concept = useStore($doelConcept);
  const doel = concept.doel.trim() || concept.oorspronkelijk.trim();
  return (
    <section class="dh-stap" aria-labelledby="dh-leider-kop">
      <h2 id="dh-leider-kop">{s.kop}</h2>
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
            <a href={link(goalLinks.leiderschap)}>{s.meer}</a>
          </p>
        </div>
      )}
    </section>
  );
}
