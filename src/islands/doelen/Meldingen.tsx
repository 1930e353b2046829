// Messages about the stored cards and draft (set aside, unavailable, full).
import { useStore } from '@nanostores/preact';
import { $storageNotices, dismissStorageNotice } from '@/stores/persisted';
import { CONCEPT_KEY, KAARTEN_KEY } from '@/stores/goals';
import { doelUi } from '@/strings/goals-shell';

export function Meldingen() {
  const meldingen = useStore($storageNotices).filter(
    (n) => n.key === KAARTEN_KEY || n.key === CONCEPT_KEY,
  );
  if (meldingen.length === 0) return null;
  return (
    <div class="dh-meldingen" role="alert">
      {meldingen.map((m) => (
        <div key={`${m.key}-${m.kind}`} class="dh-melding" data-soort={m.kind}>
          <p>{m.message}</p>
          <button type="button" class="button" onClick={() => dismissStorageNotice(m.key)}>
            {doelUi.meldingSluiten}
          </button>
        </div>
      ))}
    </div>
  );
}
