// Clicking a heading's "#" link copies the section's address, so a reader can paste
// a link to §5.4 into a mail or report. The link still navigates as usual.
const copyStatus = document.querySelector<HTMLElement>('[data-copy-status]');
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a.anker');
  if (!link || !navigator.clipboard) return;
  navigator.clipboard.writeText(link.href).then(
    () => {
      if (copyStatus) copyStatus.textContent = 'Link naar deze paragraaf gekopieerd.';
      link.dataset.copied = '';
      setTimeout(() => delete link.dataset.copied, 2000);
    },
    () => {
      /* clipboard refused: the address bar shows the link anyway */
    },
  );
});
