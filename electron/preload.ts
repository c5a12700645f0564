import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL, type Bridge, type BridgeEvent } from '../shared/contract/bridge.ts';

// The one door: the renderer gets exactly these two functions and nothing of ipcRenderer itself.
const bridge: Bridge = {
  invoke: (method, payload) => ipcRenderer.invoke(INVOKE_CHANNEL, method, payload),
  on: (listener) => {
    const forward = (_event: IpcRendererEvent, payload: BridgeEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('bridge', bridge);
