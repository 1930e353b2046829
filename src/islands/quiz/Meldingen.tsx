// Messages about the quiz's stored data (set aside, unavailable, full) and other
// one-off notices, each with a button to dismiss it.
import { useStore } from '@nanostores/preact';
import { $storageNotices, dismissStorageNotice } from '@/stores/persisted';

interface Props {
  /** Storage keys whose notices belong here. */
  keys: readonly string[];
  /** Label of the dismiss button. */
  sluiten: string;
  /** Extra notices of the island itself. */
  extra?: readonly { id: string; tekst: string }[];
  onSluitExtra?: (id: string) => void;
}

export function Meldingen({ keys, sluiten, extra = [], onSluitExtra }: Props) {
  const meldingen = useStore($storageNotices).filter((n) => keys.includes(n.key));
  const alle = [
    ...meldingen.map((m) => ({ id: `${m.key}:${m.kind}`, tekst: m.message, sluit: () => dismissStorageNotice(m.key) })),
    ...extra.map((e) => ({ id: e.id, tekst: e.tekst, sluit: () => onSluitExtra?.(e.id) })),
  ];
  // The status region is always there, so a notice that appears is announced.
  return (
    <div class="quiz-meldingen" role="status">
      {alle.map((m) => (
        <div key={m.id} class="quiz-melding">
          <p>{m.tekst}</p>
          <button type="button" class="button" onClick={m.sluit}>
            {sluiten}
          </button>
        </div>
      ))}
    </div>
  );
}
