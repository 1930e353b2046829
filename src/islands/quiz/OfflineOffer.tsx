// "Zet de hele site op dit apparaat" in the set builder: a trainer prepares a class where
// the room's network may fail. Loaded when the builder's "Lesgeven zonder internet" is
// opened; the work and its messages are src/components/layout/offline.ts, the same as
// behind the offer on /over/ and /mijn-gegevens/.
import { useEffect, useState } from 'preact/hooks';
import {
  offlineStrings as t,
  saveSiteForOffline,
  siteOfflineSince,
} from '@/components/layout/offline';
import { sindsTekst } from '@/components/layout/offline-status';

export function OfflineOffer() {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  // Whether the site is already on this device (and since when).
  useEffect(() => {
    void siteOfflineSince().then((since) => since && setStatus((s) => s || sindsTekst(since)));
  }, []);
  const save = async () => {
    setBusy(true);
    setStatus(t.begonnen);
    setStatus((await saveSiteForOffline((p) => setStatus(t.bezig(p)))).message);
    setBusy(false);
  };
  return (
    <>
      <p>{t.klasUitleg}</p>
      <button type="button" class="button" onClick={save} disabled={busy}>
        {t.knop}
      </button>
      <p role="status">{status}</p>
    </>
  );
}
