// Step 2: learning-goal suggestions built from the goal of step 1, the learning goal
// itself (editable, with its own analysis), and "maak het kleiner".
import { useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { analyzeGoal } from '@/lib/goals/analyze';
import { makeSmaller, rewriteGoal } from '@/lib/goals/rewrite';
import { $doelConcept, setDoel } from '@/stores/goals';
import { herschrijfUi } from '@/strings/goals-rewrite';
import { goalLinks } from '@/strings/goals-links';
import { Analyse } from './Analyse';
import { link } from './link';

const s = herschrijfUi;
const k = s.kleiner;

interface Props {
  foutId?: string;
  meld: (tekst: string) => void;
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
    document.getElementById('dh-leerdoel')?.focus();
  }

  function maakKleiner(e: Event) {
    e.preventDefault();
    const basis = concept.doel.trim() || concept.oorspronkelijk.trim();
    if (!basis) return setKleinerFout(k.geenDoel);
    const uitkomst = makeSmaller(basis, situatie);
    setKleinerFout(uitkomst.length ? '' : k.leeg);
    setKleiner(uitkomst);
    if (!uitkomst.length) document.getElementById('dh-situatie')?.focus();
  }

  const beschreven = ['dh-leerdoel-hint', foutId ?? ''].filter(Boolean).join(' ');

  return (
    <section class="dh-stap" aria-labelledby="dh-herschrijf-kop">
      <h2 id="dh-herschrijf-kop">{s.kop}</h2>
      <p>{s.uitleg}</p>
      {analyse.type === 'onbekend' ? (
        <p class="dh-hint">{s.wachten}</p>
      ) : (
        <>
          {analyse.type === 'leerdoel' && <p>{s.alLeerdoel}</p>}
          <h3 class="dh-subkop">{s.voorstellenKop}</h3>
          {herschreven.reden === 'geen-delen' && (
            <div class="dh-geen-delen">
              <p>{s.geenDelen}</p>
              <p class="dh-voorbeeld">
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
          <ul class="dh-voorstellen">
            {voorstellen.map((v) => (
              <li key={v} class="dh-voorstel">
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
        </>
      )}

      <label class="dh-label" for="dh-leerdoel">
        {s.label}
      </label>
      <p id="dh-leerdoel-hint" class="dh-hint">
        {s.hint}
      </p>
      <textarea
        id="dh-leerdoel"
        class="dh-invoer"
        rows={3}
        value={concept.doel}
        onInput={(e) => setDoel(e.currentTarget.value)}
        aria-describedby={beschreven}
        aria-invalid={foutId ? 'true' : undefined}
      />
      {concept.doel.trim() && <Analyse analyse={leerAnalyse} kop="h4" />}

      <form class="dh-kleiner" onSubmit={maakKleiner} aria-labelledby="dh-kleiner-kop">
        <h3 id="dh-kleiner-kop" class="dh-subkop">
          {k.kop}
        </h3>
        <p>{k.uitleg}</p>
        <label class="dh-label" for="dh-situatie">
          {k.label}
        </label>
        <p id="dh-situatie-hint" class="dh-hint">
          {k.hint}
        </p>
        <div class="dh-rij">
          <input
            id="dh-situatie"
            type="text"
            class="dh-invoer"
            value={situatie}
            maxLength={200}
            onInput={(e) => setSituatie(e.currentTarget.value)}
            aria-describedby={
              kleinerFout ? 'dh-situatie-hint dh-situatie-fout' : 'dh-situatie-hint'
            }
            aria-invalid={kleinerFout ? 'true' : undefined}
          />
          <button type="submit" class="button">
            {k.knop}
          </button>
        </div>
        {kleinerFout && (
          <p id="dh-situatie-fout" class="dh-fout">
            {kleinerFout}
          </p>
        )}
        {kleiner.length > 0 && (
          <>
            <p class="dh-kleiner__resultaat">{k.resultaat}</p>
            <ul class="dh-voorstellen">
              {kleiner.map((v) => (
                <li key={v} class="dh-voorstel">
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
          </>
        )}
      </form>
    </section>
  );
}
