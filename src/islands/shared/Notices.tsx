// The notices of a tool island: messages about its stored data (set aside, unavailable,
// full) and one-off notices of its own, each with a button to dismiss it. One status
// region that is always on the page, so a notice that appears is announced.
import { useStore } from '@nanostores/preact';
import { $storageNotices, dismissStorageNotice } from '@/stores/persisted';

interface Props {
  /** Storage keys whose notices belong here (none until the island has hydrated). */
  keys: readonly string[];
  /** Label of the dismiss button. */
  sluiten: string;
  /** The tool's CSS prefix: classes `<prefix>-meldingen` and `<prefix>-melding`. */
  prefix: 'quiz' | 'goals' | 'mindset' | 'annotations';
  /** Extra notices of the island itself. */
  extra?: readonly { id: string; tekst: string }[];
  onSluitExtra?: (id: string) => void;
}

export function Notices({ keys, sluiten, prefix, extra = [], onSluitExtra }: Props) {
  const meldingen = useStore($storageNotices).filter((n) => keys.includes(n.key));
  const alle = [
    ...meldingen.map((m) => ({
      id: `${m.key}:${m.kind}`,
      soort: m.kind,
      tekst: m.message,
      sluit: () => dismissStorageNotice(m.key),
    })),
    ...extra.map((e) => ({
      id: e.id,
      soort: undefined,
      tekst: e.tekst,
      sluit: () => onSluitExtra?.(e.id),
    })),
  ];
  return (
    <div class={`${prefix}-meldingen`} role="status">
      {alle.map((m) => (
        <div key={m.id} class={`${prefix}-melding`} data-soort={m.soort}>
          <p>{m.tekst}</p>
          <button type="button" class="button" onClick={m.sluit}>
            {sluiten}
          </button>
        </div>
      ))}
    </div>
  );
}
