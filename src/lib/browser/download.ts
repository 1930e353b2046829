// Saving a file made in the browser (exports of doelkaarten, mindset results, class tallies).

/** Starts a download of `text` as a file called `name`; nothing leaves the device. */
export function download(name: string, text: string, type: string): void {
  const href = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the blob after click() returns: revoke a little later.
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
