// What the classroom island (QuizKlas) shares with its parts that load later (the
// builder and the presenter). They import it from here and nowhere else: the bundler
// then puts it in one chunk beside the island's own, instead of one small chunk per
// shared module (whatever an island shares with its dynamic imports stays out of the
// island's chunk, and is split by which parts use it). The end screen and the printouts
// share nothing: the island hands the presenter the end screen, and a callback that
// prints it.
export {
  $klasSessie,
  $tellingKant,
  $verseInvoer,
  KLAS_KEY,
  nieuweStap,
  startPresentatie,
  stopPresentatie,
  $klasTweede,
  KLAS_TWEEDE_KEY,
} from '@/stores/quiz-klas';
export { TIMERS, TWEEDE_STEMMING } from '@/lib/quiz/klas-sessie';
