// Messages about this test's stored data (set aside, unavailable, full), each with
// a button to dismiss it.
import { useStore } from '@nanostores/preact';
import { $storageNotices, dismissStorageNotice } from '@/stores/persisted';
import { MINDSET_KEY } from '@/stores/mindset';
import { mindsetStrings } from '@/strings/mindset';

export function Meldingen() {
  const meldingen = useStore($storageNotices).filter((n) => n.key === MINDSET_KEY);
  if (meldingen.length === 0) return null;
  return (
    <div class="mt-meldingen">
      {meldingen.map((melding) => (
        <div key={melding.kind} class="mt-melding" data-soort={melding.kind}>
          <p>{melding.message}</p>
          <button type="button" class="button" onClick={() => dismissStorageNotice(melding.key)}>
            {mindsetStrings.meldingSluiten}
          </button>
        </div>
      ))}
    </div>
  );
}
