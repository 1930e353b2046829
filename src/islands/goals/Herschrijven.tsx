// Step 2: learning-goal suggestions built from the goal of step 1, the learning goal
// itself (editable, with its own analysis), and "maak het kleiner".
import { useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { analyzeGoal } from '@/lib/goals/analyze';
import { makeSmaller, rewriteGoal } from '@/lib/goals/rewrite';
import { $doelConcept, setDoel } from '@/stores/goals';
import { rewritePanelStrings } from '@/strings/goals-rewrite';
import { goalLinks } from '@/strings/goals-links';
import { Analyse } from './Analyse';
import { link } from './link';

const s = rewritePanelStrings;
const k = s.kleiner;

interface Props {
  foutId?: string;
  meld: (tekst: string) => void;
}

/** Suggested learning goals, each with a button that puts it in the goal field. */
function Voorstellen({ lijst, gebruik }: { lijst: string[]; gebruik: (v: string) => void }) {
  return (
    <ul class="goals-voorstellen">
      {lijst.map((v) => (
        <li key={v} class="goals-voorstel">
          <span>{v}</span>
          <button
            type="button"
            class="button"
            aria-label={s.gebruikLabel(v)}
            onClick={() => gebruik(v)}
          >
            {s.gebruik}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function Herschrijven({ foutId, meld }: Props) {
  const concept = useStore($doelConcept);
  const analyse = useMemo(() => analyzeGoal(concept.oorspronkelijk), [concept.oorspronkelijk]);
  const leerAnalyse = useMemo(() => analyzeGoal(concept.doel), [concept.doel]);
  const herschreven = useMemo(() => rewriteGoal(concept.oorspronkelijk), [concept.oorspronkelijk]);
  const voorstellen = herschreven.voorstellen;
  const [situatie, setSituatie] = useState('');
  const [kleiner, setKleiner] = useState<string[]>([]);
  const [kleinerFout, setKleinerFout] = useState('');

  function gebruik(tekst: string) {
    setDoel(tekst);
    meld(s.gekozen);
    document.getElementById('goals-leerdoel')?.focus();
  }

  function shrinkGoal(e: Event) {
    e.preventDefault();
    const basis = concept.doel.trim() || concept.oorspronkelijk.trim();
    if (!basis) return setKleinerFout(k.geenDoel);
    const uitkomst = makeSmaller(basis, situatie);
    setKleinerFout(uitkomst.length ? '' : k.leeg);
    setKleiner(uitkomst);
    if (!uitkomst.length) document.getElementById('goals-situatie')?.focus();
  }

  const beschreven = ['goals-leerdoel-hint', foutId ?? ''].filter(Boolean).join(' ');

  return (
    <section class="goals-stap" aria-labelledby="goals-herschrijf-kop">
      <h2 id="goals-herschrijf-kop">{s.kop}</h2>
      <p>{s.uitleg}</p>
      {analyse.type === 'onbekend' ? (
        <p class="goals-hint">{s.wachten}</p>
      ) : (
        <>
          {analyse.type === 'leerdoel' && <p>{s.alLeerdoel}</p>}
          <h3 class="goals-subkop">{s.voorstellenKop}</h3>
          {herschreven.reden === 'geen-delen' && (
            <div class="goals-geen-delen">
              <p>{s.geenDelen}</p>
              <p class="goals-voorbeeld">
                <strong>{s.voorbeeldKop}</strong>
                <br />
                {s.voorbeeldVan}
                <br />
                {s.voorbeeldNaar}
              </p>
              <p>
                <a href={link(goalLinks.voorbeeld)}>{s.voorbeeldLink}</a>
              </p>
            </div>
          )}
          <Voorstellen lijst={voorstellen} gebruik={gebruik} />
        </>
      )}

      <label class="goals-label" for="goals-leerdoel">
        {s.label}
      </label>
      <p id="goals-leerdoel-hint" class="goals-hint">
        {s.hint}
      </p>
      <textarea
        id="goals-leerdoel"
        class="goals-invoer"
        rows={3}
        value={concept.doel}
        onInput={(e) => setDoel(e.currentTarget.value)}
        aria-describedby={beschreven}
        aria-invalid={foutId ? 'true' : undefined}
      />
      {concept.doel.trim() && <Analyse analyse={leerAnalyse} kop="h4" />}

      <form class="goals-kleiner" onSubmit={shrinkGoal} aria-labelledby="goals-kleiner-kop">
        <h3 id="goals-kleiner-kop" class="goals-subkop">
          {k.kop}
        </h3>
        <p>{k.uitleg}</p>
        <label class="goals-label" for="goals-situatie">
          {k.label}
        </label>
        <p id="goals-situatie-hint" class="goals-hint">
          {k.hint}
        </p>
        <div class="goals-rij">
          <input
            id="goals-situatie"
            type="text"
            class="goals-invoer"
            value={situatie}
            maxLength={200}
            onInput={(e) => setSituatie(e.currentTarget.value)}
            aria-describedby={
              kleinerFout ? 'goals-situatie-hint goals-situatie-fout' : 'goals-situatie-hint'
            }
            aria-invalid={kleinerFout ? 'true' : undefined}
          />
          <button type="submit" class="button">
            {k.knop}
          </button>
        </div>
        {kleinerFout && (
          <p id="goals-situatie-fout" class="goals-fout">
            {kleinerFout}
          </p>
        )}
        {kleiner.length > 0 && (
          <>
            <p class="goals-kleiner__resultaat">{k.resultaat}</p>
            <Voorstellen lijst={kleiner} gebruik={gebruik} />
          </>
        )}
      </form>
    </section>
  );
}
