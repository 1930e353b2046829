// The fixed-to-growth line with one or more averages on it. Colours come from the
// design tokens through classes in mindset.css, so it reads in dark, forced-colours
// and print mode. The text next to it says the same in words.
import { POSITIONS } from '@/lib/mindset/score';
import { formatNumber, resultsStrings } from '@/strings/mindset-results';

const LINKS = 40;
const STEP = 140; // 4 steps between 40 and 600
const LINE_Y = 62;

interface Props {
  /** Unique prefix for the ids of title and desc. */
  id: string;
  titel: string;
  beschrijving: string;
  /** Averages (1-5) to mark, oldest first; the last is drawn as the large dot. */
  gemiddelden: number[];
  /** Smaller variant for the comparison cards. */
  compact?: boolean;
}

/** x-coordinate of an average on the line. */
function x(gemiddelde: number): number {
  return LINKS + (gemiddelde - 1) * STEP;
}

export function Continuum({ id, titel, beschrijving, gemiddelden, compact = false }: Props) {
  const laatste = gemiddelden[gemiddelden.length - 1];
  const eerder = gemiddelden.slice(0, -1);
  return (
    <svg
      class={compact ? 'mindset-continuum mindset-continuum--compact' : 'mindset-continuum'}
      viewBox="0 0 640 124"
      role="img"
      aria-labelledby={`${id}-titel ${id}-desc`}
    >
      <title id={`${id}-titel`}>{titel}</title>
      <desc id={`${id}-desc`}>{beschrijving}</desc>
      <line class="mindset-continuum__lijn" x1={LINKS} x2={x(5)} y1={LINE_Y} y2={LINE_Y} />
      {POSITIONS.map((p) => (
        <g key={p}>
          <line
            class="mindset-continuum__streep"
            x1={x(p)}
            x2={x(p)}
            y1={LINE_Y - 10}
            y2={LINE_Y + 10}
          />
          <text class="mindset-continuum__getal" x={x(p)} y={LINE_Y + 34} text-anchor="middle">
            {p}
          </text>
        </g>
      ))}
      <text class="mindset-continuum__pool" x={LINKS - 20} y={118} text-anchor="start">
        {resultsStrings.uitslag.poolVast}
      </text>
      <text class="mindset-continuum__pool" x={x(5) + 20} y={118} text-anchor="end">
        {resultsStrings.uitslag.poolGroei}
      </text>
      {eerder.map((g, i) => (
        <circle key={i} class="mindset-continuum__eerder" cx={x(g)} cy={LINE_Y} r={8} />
      ))}
      {laatste !== undefined && (
        <g>
          <circle class="mindset-continuum__stip" cx={x(laatste)} cy={LINE_Y} r={13} />
          <text
            class="mindset-continuum__waarde"
            x={x(laatste)}
            y={LINE_Y - 22}
            text-anchor="middle"
          >
            {formatNumber(laatste)}
          </text>
        </g>
      )}
    </svg>
  );
}
