// The marker as an SVG path: one rectangle per run of black cells in a row, in cell units
// (the marker's viewBox is 0 0 n n). Deterministic, so every build prints the same cards.
import { cardPattern } from './pattern.ts';

/** SVG path data covering exactly the black cells of `cells` (row by row). */
export function cellsToPath(cells: boolean[][]): string {
  const parts: string[] = [];
  cells.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      let end = x;
      while (end < row.length && row[end]) end++;
      parts.push(`M${x} ${y}h${end - x}v1h${x - end}z`);
      x = end;
    }
  });
  return parts.join('');
}

/** Path data and side (in cells) of a card's marker, WAAR edge at the top. */
export function markerSvg(card: number): { path: string; side: number } {
  const cells = cardPattern(card);
  return { path: cellsToPath(cells), side: cells.length };
}
