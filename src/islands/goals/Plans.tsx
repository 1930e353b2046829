// Step 4: obstacles with an if-then plan each, plans to start (when, where, how: all
// three checked), a short self-check and the warnings of §8.4.
import { useStore } from '@nanostores/preact';
import { checkObstakelPlan, checkStartPlan, planWarnings } from '@/lib/goals/plans';
import {
  $doelConcept,
  addObstakel,
  addStartPlan,
  removeObstakel,
  removeStartPlan,
  setMotivated,
  setObstakel,
  setPerfectionist,
  setStartPlan,
} from '@/stores/goals';
import { planPanelStrings } from '@/strings/goals-plans';
import { Checks } from './Checks';
import { link } from './link';

const s = planPanelStrings;

const focusSoon = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);

/** A text field whose check (if shown) describes it. */
function PlanField(props: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onInput: (v: string) => void;
  check?: { pass: boolean };
}) {
  const { id, label, hint, value, onInput, check } = props;
  const beschreven = [`${id}-hint`, check && !check.pass ? `${id}-check` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class="goals-veld">
      <label class="goals-label" for={id}>
        {label}
      </label>
      <p id={`${id}-hint`} class="goals-hint">
        {hint}
      </p>
      <input
        id={id}
        type="text"
        class="goals-invoer"
        value={value}
        maxLength={300}
        onInput={(e) => onInput(e.currentTarget.value)}
        aria-describedby={beschreven}
      />
    </div>
  );
}

export function Plans() {
  const concept = useStore($doelConcept);
  const { obstakels, startplannen } = concept;
  const waarschuwingen = planWarnings({
    teksten: [
      ...obstakels.flatMap((p) => [p.als, p.dan]),
      ...startplannen.flatMap((p) => [p.wanneer, p.waar, p.hoe]),
    ],
    aantal: obstakels.length + startplannen.length,
    perfectionist: concept.perfectionist,
    gemotiveerd: concept.gemotiveerd ?? undefined,
    doel: concept.doel,
  });

  return (
    <section class="goals-stap" aria-labelledby="goals-plannen-kop">
      <h2 id="goals-plannen-kop">{s.kop}</h2>
      <p>{s.uitleg}</p>
      {obstakels.map((plan, i) => {
        const r = checkObstakelPlan(plan);
        const id = `goals-obstakel-${plan.id}`;
        const getoond = !!r.zin;
        return (
          <fieldset key={plan.id} class="goals-plan">
            <legend>{s.obstakel(i + 1)}</legend>
            <PlanField
              id={`${id}-als`}
              label={s.alsLabel}
              hint={s.alsHint}
              value={plan.als}
              onInput={(v) => setObstakel(plan.id, 'als', v)}
              check={getoond ? r.checks[0] : undefined}
            />
            <PlanField
              id={`${id}-dan`}
              label={s.danLabel}
              hint={s.danHint}
              value={plan.dan}
              onInput={(v) => setObstakel(plan.id, 'dan', v)}
              check={getoond ? r.checks[1] : undefined}
            />
            {getoond && (
              <>
                <p class="goals-zin">
                  <span class="goals-zin__label">{s.zin}</span> {r.zin}
                </p>
                <Checks items={r.checks} idPrefix={id} compact />
              </>
            )}
            <button
              type="button"
              class="button"
              aria-label={s.obstakelVerwijder(i + 1)}
              onClick={() => {
                removeObstakel(plan.id);
                focusSoon('goals-obstakel-toevoegen');
              }}
            >
              {s.verwijder}
            </button>
          </fieldset>
        );
      })}
      <p>
        <button
          id="goals-obstakel-toevoegen"
          type="button"
          class="button"
          onClick={() => {
            const id = addObstakel();
            if (id) focusSoon(`goals-obstakel-${id}-als`);
          }}
        >
          {s.obstakelToevoegen}
        </button>
      </p>

      <h3 class="goals-subkop">{s.startKop}</h3>
      <p>{s.startUitleg}</p>
      {startplannen.map((plan, i) => {
        const r = checkStartPlan(plan);
        const id = `goals-start-${plan.id}`;
        const getoond = !!r.zin;
        return (
          <fieldset key={plan.id} class="goals-plan">
            <legend>{s.start(i + 1)}</legend>
            <PlanField
              id={`${id}-wanneer`}
              label={s.wanneerLabel}
              hint={s.wanneerHint}
              value={plan.wanneer}
              onInput={(v) => setStartPlan(plan.id, 'wanneer', v)}
              check={getoond ? r.checks[0] : undefined}
            />
            <PlanField
              id={`${id}-waar`}
              label={s.waarLabel}
              hint={s.waarHint}
              value={plan.waar}
              onInput={(v) => setStartPlan(plan.id, 'waar', v)}
              check={getoond ? r.checks[1] : undefined}
            />
            <PlanField
              id={`${id}-hoe`}
              label={s.hoeLabel}
              hint={s.hoeHint}
              value={plan.hoe}
              onInput={(v) => setStartPlan(plan.id, 'hoe', v)}
              check={getoond ? r.checks[2] : undefined}
            />
            {getoond && (
              <>
                <p class="goals-zin">
                  <span class="goals-zin__label">{s.zin}</span> {r.zin}
                </p>
                <Checks
                  items={r.checks.map((c) => ({
                    ...c,
                    titel: s[`${c.id as 'wanneer' | 'waar' | 'hoe'}Label`],
                  }))}
                  idPrefix={id}
                  compact
                />
              </>
            )}
            <button
              type="button"
              class="button"
              aria-label={s.startVerwijder(i + 1)}
              onClick={() => {
                removeStartPlan(plan.id);
                focusSoon('goals-start-toevoegen');
              }}
            >
              {s.verwijder}
            </button>
          </fieldset>
        );
      })}
      <p>
        <button
          id="goals-start-toevoegen"
          type="button"
          class="button"
          onClick={() => {
            const id = addStartPlan();
            if (id) focusSoon(`goals-start-${id}-wanneer`);
          }}
        >
          {s.startToevoegen}
        </button>
      </p>

      <h3 class="goals-subkop">{s.zelfKop}</h3>
      <p class="goals-vinkje">
        <input
          id="goals-perfectionist"
          type="checkbox"
          checked={concept.perfectionist}
          onChange={(e) => setPerfectionist(e.currentTarget.checked)}
        />
        <label for="goals-perfectionist">{s.perfectionist}</label>
      </p>
      <fieldset class="goals-keuze">
        <legend>{s.gemotiveerd}</legend>
        {(
          [
            ['ja', true, s.ja],
            ['nee', false, s.nee],
            ['weet-niet', null, s.weetNiet],
          ] as const
        ).map(([key, waarde, label]) => (
          <p key={key} class="goals-vinkje">
            <input
              id={`goals-gemotiveerd-${key}`}
              type="radio"
              name="goals-gemotiveerd"
              checked={concept.gemotiveerd === waarde}
              onChange={() => setMotivated(waarde)}
            />
            <label for={`goals-gemotiveerd-${key}`}>{label}</label>
          </p>
        ))}
      </fieldset>

      {waarschuwingen.length > 0 && (
        <div class="goals-waarschuwingen" role="note" aria-labelledby="goals-waarschuwingen-kop">
          <h3 id="goals-waarschuwingen-kop" class="goals-subkop">
            {s.waarschuwingenKop}
          </h3>
          <ul>
            {waarschuwingen.map((w) => (
              <li key={w.id} data-waarschuwing={w.id}>
                {w.tekst}{' '}
                <a class="goals-bron" href={link(w.href)}>
                  {w.bron}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
