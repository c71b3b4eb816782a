// The sandboxed preload: exposes the host bridge to the page as window.kiosk, and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { bridgeGlobalName } from '../../shared/host-api/bridge.ts';
import { createHostBridge } from './host-bridge.ts';

contextBridge.exposeInMainWorld(bridgeGlobalName, createHostBridge(ipcRenderer));
