import { describe, expect, it } from 'vitest';
import { cameraFault } from '@/lib/cards/camera';

const fault = (name: string) => Object.assign(new Error(name), { name });

describe('cameraFault', () => {
  it('tells a refused permission, a missing camera and a camera in use apart', () => {
    expect(cameraFault(fault('NotAllowedError'))).toBe('geweigerd');
    expect(cameraFault(fault('NotFoundError'))).toBe('geen-camera');
    expect(cameraFault(fault('OverconstrainedError'))).toBe('geen-camera');
    expect(cameraFault(fault('NotReadableError'))).toBe('in-gebruik');
    expect(cameraFault({ name: 'AbortError' })).toBe('in-gebruik');
    expect(cameraFault(fault('TypeError'))).toBe('onbekend');
    expect(cameraFault(undefined)).toBe('onbekend');
  });
});
