import type { Result } from './errors.ts';

/** The IPC channels behind `window.bridge`; the preload and `electron/ipc.ts` share these names. */
export const INVOKE_CHANNEL = 'rd:invoke';
export const EVENT_CHANNEL = 'rd:event';

/** Pushed from main to a window: progress of long work, and the session locking itself. */
export type BridgeEvent = { type: 'progress'; task: string; done: number; total: number } | { type: 'session-locked' };

/** The only thing the preload exposes: one door into the main process, plus events out of it. */
export interface Bridge {
  invoke(method: string, payload: unknown): Promise<Result<unknown>>;
  on(listener: (event: BridgeEvent) => void): () => void;
}

declare global {
  /** Set by the preload (and by the E2E harness); the renderer's client is its only user. */
  interface Window {
    bridge: Bridge;
  }
}
