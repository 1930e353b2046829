/** Dutch text of card scanning in the presenter on /quiz/klas/ (cards: /quiz/klas/kaarten/). */
import type { CameraFault } from '@/lib/cards/camera';

export const cardsStrings = {
  scannen: 'Kaarten scannen',
  stopScannen: 'Stop scannen',
  cameraControleren: 'Camera controleren',
  cameraSluiten: 'Camera sluiten',
  camera: 'Camera',
  cameraStandaard: 'Standaard (achtercamera als die er is)',
  cameraNaam: (nr: number) => `Camera ${nr}`,
  starten: 'De camera start…',
  opnieuw: 'Opnieuw proberen',
  inBeeld: (aantal: number) => `${aantal} ${aantal === 1 ? 'kaart' : 'kaarten'} in beeld`,
  kaartAntwoord: (kaart: number, antwoord: 'waar' | 'misvatting') =>
    `${kaart} (${antwoord === 'waar' ? 'waar' : 'misvatting'})`,
  beeld: 'Wat de camera ziet, met een kader om elke gelezen kaart',
  gelezen: (aantal: number) => `${aantal} ${aantal === 1 ? 'kaart' : 'kaarten'} gelezen`,
  nogNietGezien: 'nog niet gezien',
  iedereenGezien: 'alle kaarten gezien',
  hoogsteKaart: 'Kaarten in gebruik: 1 tot en met',
  kaartenLink: 'Antwoordkaarten afdrukken',
  privacy: 'De camerabeelden worden alleen hier bekeken, niet bewaard en niet verstuurd.',
  opstellingKop: 'De zaal inrichten',
  opstelling: [
    'Draai de laptop tijdens het stemmen met het scherm naar de groep.',
    'Of zet een USB-webcam op de groep gericht en kies hem hieronder.',
    'Of draai de presentatie op een tablet of telefoon met de camera aan de achterkant naar de groep, en toon het scherm via de projector.',
  ],
  fout: {
    onveilig:
      'De camera werkt alleen op een beveiligde verbinding (https). Tel de handen met de toetsen of knoppen.',
    'geen-camera':
      'Er is geen camera gevonden. Sluit een webcam aan, of tel de handen met de toetsen of knoppen.',
    geweigerd:
      'De browser mag de camera niet gebruiken. Geef toestemming in de adresbalk en probeer opnieuw, of tel de handen met de toetsen of knoppen.',
    'in-gebruik':
      'De camera is in gebruik door een ander programma. Sluit dat programma en probeer opnieuw, of tel de handen met de toetsen of knoppen.',
    onbekend: 'De camera start niet. Probeer opnieuw, of tel de handen met de toetsen of knoppen.',
  } satisfies Record<CameraFault, string>,
  laadFout: 'Het scannen kon niet laden. Tel de handen met de toetsen of knoppen.',
} as const;
