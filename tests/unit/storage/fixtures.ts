// Test data shared by the storage tests.

/** A valid stored doelkaart, numbered `i` (id `k<i>`). */
export const kaart = (i: number) => ({
  id: `k${i}`,
  oorspronkelijk: '',
  doel: `Ik wil leren hoe ik stap ${i} zet.`,
  strategieen: ['a', 'b'],
  obstakels: [],
  startplannen: [],
  gemaakt: '2025-01-01T00:00:00.000Z',
  gewijzigd: '2025-01-01T00:00:00.000Z',
});
