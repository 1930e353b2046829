// Seeded shuffling for quiz rounds: the seed is stored with the round, so a reload
// shows the same order. The generator is shared with the sorting exercise.
export { createRandom, newSeed, shuffle } from '../sorting/shuffle';
