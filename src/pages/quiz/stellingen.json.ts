// Every statement with its verdict, explanation and source, as one JSON file: the
// classroom mode fetches it when the presenter or the answer key opens, so the page's
// HTML only carries the statements' texts (src/islands/quiz/data.ts).
import type { APIRoute } from 'astro';
import { getStellingenFile } from '@/data/quiz';

export const GET: APIRoute = async () =>
  new Response((await getStellingenFile()).json, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
