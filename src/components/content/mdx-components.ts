// Components every MDX file may use without importing them (see docs/CONTENT.md).
import Praktijktip from './Praktijktip.astro';
import Kader from './Kader.astro';
import Tabel from './Tabel.astro';

export const mdxComponents = { Praktijktip, Kader, table: Tabel };
